// A date in the article's own form and the interval it stands for: the order every date list is sorted in.
import { dateInterval, storedDate } from '../src/model';

describe('a date as an interval', () => {
  it.each([
    ['2024-03-22', '2024-03-22', '2024-03-22', 'DAY'],
    ['2024-W11', '2024-03-11', '2024-03-17', 'WEEK'],
    ['2024-W13', '2024-03-25', '2024-03-31', 'WEEK'],
    ['2024-03', '2024-03-01', '2024-03-31', 'MONTH'],
    ['2024-02', '2024-02-01', '2024-02-29', 'MONTH'],
    ['2023', '2023-01-01', '2023-12-31', 'YEAR'],
    // ISO week 1 holds the year's first Thursday: it can start in the year before, and a year can have 53.
    ['2025-W01', '2024-12-30', '2025-01-05', 'WEEK'],
    ['2020-W53', '2020-12-28', '2021-01-03', 'WEEK'],
  ])('%s is %s to %s, a %s', (date, dateStart, dateEnd, datePrecision) => {
    expect(dateInterval(date)).toEqual({ date, dateStart, dateEnd, datePrecision });
  });

  it('refuses a form that is not ISO, a day no calendar has, and a 53rd week the year lacks', () => {
    expect(() => dateInterval('next week')).toThrow('"next week" is not an ISO date');
    expect(() => dateInterval('2023-02-29')).toThrow('2023-02-29 is not a day of the calendar');
    expect(() => dateInterval('2024-W53')).toThrow('2024 has no ISO week 53');
  });

  it('sorts in time order by start, then the narrower interval first', () => {
    const dates = ['2024-03-22', '2024-03', '2024-W11', '2024-03-20', '2023-10-07', '2024-W13', '2024', '2024-03-01'];
    const ordered = dates.map(dateInterval).sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.dateEnd.localeCompare(b.dateEnd));
    expect(ordered.map((interval) => interval.date)).toEqual(['2023-10-07', '2024', '2024-03-01', '2024-03', '2024-W11', '2024-03-20', '2024-03-22', '2024-W13']);
  });

  it('stores no interval for no date', () => {
    expect(storedDate(undefined)).toEqual({ date: null, dateStart: null, dateEnd: null, datePrecision: null });
  });
});
