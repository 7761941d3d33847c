// Provenance through the API: each article's version of an event (reports, disputed), of a role and of a
// participation; dates as intervals in time order everywhere; the data version a load stamps.
import { dateInterval } from '../src/model';
import { seedDatabase } from '../seed/load';
import { runCypher } from './helpers/neo4j';
import { brokenSeedDir, testExecutor } from './helpers/seed';
import { useSeededService } from './helpers/service';

const TRT = 'trtworld-2024-03-22-netanyahu-rafah';
const CNN = 'cnn-2024-03-22-blinken-israel';
const MEETING = 'blinken-netanyahu-meeting-2024-03-22';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
describe('provenance through the API', () => {
  const seeded = useSeededService();
  const { ask } = seeded;
  const event = async (id: string, fields: string) => (await ask(`query ($id: ID!) { entity(id: $id) { ... on Event { ${fields} } } }`, { id })).entity;
  const timeOrder = (dates: (string | null)[]) => {
    const dated = dates.filter((date): date is string => date !== null).map(dateInterval);
    return [...dated.sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.dateEnd.localeCompare(b.dateEnd)).map((interval) => interval.date), ...dates.filter((date) => date === null)];
  };

  describe('each source keeps its version', () => {
    it('the meeting: CNN said PLANNED in the morning, TRT World OCCURRED in the evening; the later stands, and it is disputed', async () => {
      const meeting = await event(MEETING, 'status disputed reports { status date dateStart dateEnd article { id publisher } evidence { quote article { id } } }');
      expect(meeting.status).toBe('OCCURRED');
      expect(meeting.disputed).toBe(true);
      expect(meeting.reports.map((report: any) => [report.article.publisher, report.status, report.date])).toEqual([
        ['CNN', 'PLANNED', '2024-03-22'],
        ['TRT World', 'OCCURRED', '2024-03-22'],
      ]);
      for (const report of meeting.reports) {
        expect(report.evidence.length).toBeGreaterThan(0);
        expect(report.evidence.every((span: any) => span.article.id === report.article.id)).toBe(true);
      }
      expect(meeting.reports[0].evidence.map((span: any) => span.quote)).toContain('is scheduled to meet with Prime Minister Benjamin Netanyahu and the Israeli war cabinet');
    });

    it('an event one article reports has one report and is not disputed', async () => {
      const call = await event('schumer-call-for-israeli-election', 'disputed reports { status date article { id } }');
      expect(call).toEqual({ disputed: false, reports: [{ status: 'OCCURRED', date: '2024-W11', article: { id: CNN } }] });
    });

    it('what each article says of the meeting\'s participants and of Blinken\'s office', async () => {
      const byArticle = async (article: string) => (await event(MEETING, `participants(article: "${article}") { role entity { id } }`)).participants.map((p: any) => `${p.role} ${p.entity.id}`).sort();
      expect(await byArticle(CNN)).toEqual(['host benjamin-netanyahu', 'host israeli-war-cabinet', 'visitor antony-blinken']);
      expect(await byArticle(TRT)).toEqual(['host benjamin-netanyahu', 'visitor antony-blinken']);
      const { entity } = await ask(`{ entity(id: "antony-blinken") { ... on Person { cnn: roles(article: "${CNN}") { title } trt: roles(article: "${TRT}") { title } } } }`);
      expect(entity).toEqual({ cnn: [{ title: 'Secretary of State' }], trt: [{ title: 'Secretary of State' }] });
    });

    it('the claims each article gives, by article', async () => {
      const { cnn, trt } = await ask(`{ cnn: claims(article: "${CNN}", first: 100) { totalCount edges { node { id } } } trt: claims(article: "${TRT}", first: 100) { totalCount edges { node { id } } } }`);
      expect(cnn.edges.every(({ node }: any) => node.id.startsWith('cnn-'))).toBe(true);
      expect(trt.edges.every(({ node }: any) => node.id.startsWith('trt-'))).toBe(true);
      expect([cnn.edges.length, trt.edges.length, cnn.totalCount, trt.totalCount]).toEqual([4, 12, 4, 12]);
    });
  });

  describe('dates are intervals, and every list by date is in time order', () => {
    it('gives the interval and precision of a date in the article\'s form', async () => {
      expect(await event('washington-talks-israeli-delegation', 'date dateStart dateEnd datePrecision')).toEqual({ date: '2024-W13', dateStart: '2024-03-25', dateEnd: '2024-03-31', datePrecision: 'WEEK' });
      expect(await event('us-gaza-air-drops', 'date dateStart dateEnd datePrecision')).toEqual({ date: '2024-03', dateStart: '2024-03-01', dateEnd: '2024-03-31', datePrecision: 'MONTH' });
    });

    it('lists events in time order: Schumer\'s call of 2024-W11 before the events of 2024-03-20, undated ones last', async () => {
      const { events } = await ask('{ events(first: 100) { totalCount edges { node { id date } } } }');
      const dates = events.edges.map((edge: any) => edge.node.date);
      expect(events.totalCount).toBe(dates.length);
      expect(dates).toEqual(timeOrder(dates));
      const at = (id: string) => events.edges.findIndex((edge: any) => edge.node.id === id);
      expect(at('schumer-call-for-israeli-election')).toBeLessThan(at('blinken-interview-2024-03-20'));
      expect(dates[0]).toBe('2023-10-07');
    });

    it('orders an entity\'s events and the timeline of stats the same way', async () => {
      const { entity, stats } = await ask('{ entity(id: "antony-blinken") { events { date } } stats { eventsByDate { key count } } }');
      const blinken = entity.events.map((e: any) => e.date);
      expect(blinken).toEqual(timeOrder(blinken));
      const keys = stats.eventsByDate.map((bucket: any) => bucket.key);
      expect(keys).toEqual(timeOrder(keys));
      expect(keys.indexOf('2024-W11')).toBeLessThan(keys.indexOf('2024-03-20'));
    });

    it('indexes the interval', async () => {
      const indexes = await runCypher(seeded.driver, "SHOW INDEXES YIELD labelsOrTypes, properties WHERE labelsOrTypes = ['Event'] RETURN properties");
      expect(indexes.map((index) => (index.properties as string[]).join())).toEqual(expect.arrayContaining(['dateStart', 'dateEnd']));
    });
  });

  it('stamps a data version that changes when a load changes the graph, and only then', async () => {
    const version = async () => (await ask('{ dataVersion { id loadedAt articles } }')).dataVersion;
    const first = await version();
    expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), loadedAt: expect.any(String), articles: 2 });
    await seedDatabase(testExecutor(seeded.driver));
    expect(await version()).toEqual(first);
    await seedDatabase(testExecutor(seeded.driver), brokenSeedDir('facts/cnn-2024-03-22-blinken-israel.yaml', (text) => text.replace('title: Reporter', 'title: State Department reporter')));
    const changed = await version();
    expect(changed.id).not.toBe(first.id);
    expect(Date.parse(changed.loadedAt)).toBeGreaterThanOrEqual(Date.parse(first.loadedAt));
    await seedDatabase(testExecutor(seeded.driver));
    expect((await version()).id).toBe(first.id);
  });
});
