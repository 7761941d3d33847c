// Dates as the articles give them, and the interval each stands for. An article says "last week" or "earlier
// this month"; the editor writes 2024-W11 or 2024-03, and the graph keeps that form beside the days it spans, so
// that every order by date is an order in time and a range can be asked for.

export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The stored form of a date: the article's own form, the first and last day it covers (ISO), and its precision. */
export interface DateInterval {
  date: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: DatePrecision;
}

/** ISO 8601, possibly partial: 2024, 2024-03, 2024-03-22, or an ISO week such as 2024-W13. */
export const ISO_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?|-W(0[1-9]|[1-4]\d|5[0-3]))?$/;

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The interval a partial ISO date stands for; throws on a form ISO_DATE_PATTERN refuses or a day no calendar has. */
export function dateInterval(date: string): DateInterval {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`"${date}" is not an ISO date such as 2024, 2024-03, 2024-03-22 or 2024-W13`);
  const [, year, month, day, week] = match;
  const y = Number(year);
  if (week) {
    // ISO week 1 is the week (Monday to Sunday) holding the year's first Thursday.
    const jan4 = Date.UTC(y, 0, 4);
    const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const start = week1Monday + (Number(week) - 1) * 7 * DAY_MS;
    if (Number(week) === 53 && isoDay(start + 3 * DAY_MS).slice(0, 4) !== year) throw new RangeError(`${year} has no ISO week 53`);
    return { date, dateStart: isoDay(start), dateEnd: isoDay(start + 6 * DAY_MS), datePrecision: 'WEEK' };
  }
  if (day) {
    const start = Date.UTC(y, Number(month) - 1, Number(day));
    if (isoDay(start) !== date) throw new RangeError(`${date} is not a day of the calendar`);
    return { date, dateStart: date, dateEnd: date, datePrecision: 'DAY' };
  }
  if (month) {
    const start = Date.UTC(y, Number(month) - 1, 1);
    return { date, dateStart: isoDay(start), dateEnd: isoDay(Date.UTC(y, Number(month), 1) - DAY_MS), datePrecision: 'MONTH' };
  }
  return { date, dateStart: `${year}-01-01`, dateEnd: `${year}-12-31`, datePrecision: 'YEAR' };
}

/** The stored properties of an optional date: all four null when there is none. */
export function storedDate(date: string | null | undefined): DateInterval | { date: null; dateStart: null; dateEnd: null; datePrecision: null } {
  return date ? dateInterval(date) : { date: null, dateStart: null, dateEnd: null, datePrecision: null };
}

/** A statement's date and the days it covers (a statement keeps no precision: its form says it). */
export function statementDate(date: string | null | undefined): { date: string | null; dateStart: string | null; dateEnd: string | null } {
  const { dateStart, dateEnd } = storedDate(date);
  return { date: date ?? null, dateStart, dateEnd };
}

/**
 * Cypher ORDER BY terms for dated nodes or relationships: time order is start, then the narrower interval first
 * (for one start, the day before the week, the week before the month: end orders them as precision does), then
 * id. Undated ones come last, as ascending order puts nulls last.
 */
export const orderByDate = (variable: string): string => `${variable}.dateStart, ${variable}.dateEnd, ${variable}.id`;

/** A span of the calendar that a timeline counts in: its first and last day. */
export interface CalendarSpan {
  start: string;
  end: string;
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The day, ISO week (Monday to Sunday), month or year holding an ISO day. */
export function spanOf(day: string, precision: DatePrecision): CalendarSpan {
  switch (precision) {
    case 'DAY':
      return { start: day, end: day };
    case 'WEEK': {
      const start = dayMs(day) - ((new Date(dayMs(day)).getUTCDay() + 6) % 7) * DAY_MS;
      return { start: isoDay(start), end: isoDay(start + 6 * DAY_MS) };
    }
    case 'MONTH': {
      const { dateStart, dateEnd } = dateInterval(day.slice(0, 7));
      return { start: dateStart, end: dateEnd };
    }
    case 'YEAR':
      return { start: `${day.slice(0, 4)}-01-01`, end: `${day.slice(0, 4)}-12-31` };
    default:
      return precision satisfies never;
  }
}

/** Every span of `precision` from the one holding `from` to the one holding `to`, in order; at most `limit + 1`. */
export function spansCovering(from: string, to: string, precision: DatePrecision, limit: number): CalendarSpan[] {
  const spans: CalendarSpan[] = [];
  for (let span = spanOf(from, precision); span.start <= to && spans.length <= limit; span = spanOf(isoDay(dayMs(span.end) + DAY_MS), precision)) spans.push(span);
  return spans;
}
