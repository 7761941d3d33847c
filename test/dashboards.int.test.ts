// What a dashboard asks, answered on the two articles: filters (AND/OR/NOT, some/none, ranges, sources), sorts,
// keyset pages both ways, counts, grouped counts and timelines; and every bad argument refused by name.
import { dateInterval } from '../src/model';
import { runCypher } from './helpers/neo4j';
import { graphql, useSeededService } from './helpers/service';

const CNN = 'cnn-2024-03-22-blinken-israel';
const TRT = 'trtworld-2024-03-22-netanyahu-rafah';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
describe('dashboards', () => {
  const seeded = useSeededService();
  const { ask } = seeded;
  const nodes = (connection: any) => connection.edges.map((edge: any) => edge.node);
  const eventIds = async (where: string, sort = '') => nodes((await ask(`{ events(first: 100, where: ${where}${sort ? `, sort: ${sort}` : ''}) { edges { node { id } } } }`)).events).map((event: any) => event.id);
  /** The error of an answer that must fail, with its code and the argument it names. */
  const refusal = async (query: string) => {
    const { body } = await graphql(seeded.service, query);
    expect(body.errors).toHaveLength(1);
    return { message: body.errors![0].message, code: body.errors![0].extensions?.code, argument: body.errors![0].extensions?.argument };
  };

  describe('where', () => {
    it('during a range: every event whose interval overlaps it, in time order, and nothing of 2023', async () => {
      const { events } = await ask('{ events(first: 100, where: { during: { from: "2024-03-14", to: "2024-03-22" } }, sort: [{ date: ASC }]) { totalCount edges { node { id ... on Event { date dateStart dateEnd } } } } }');
      const found = nodes(events);
      expect(events.totalCount).toBe(found.length);
      // The graph itself says which events overlap: every dated event, checked here against the range.
      const { all } = await ask('{ all: events(first: 100) { edges { node { id ... on Event { dateStart dateEnd } } } } }');
      const overlapping = nodes(all).filter((event: any) => event.dateStart && event.dateStart <= '2024-03-22' && event.dateEnd >= '2024-03-14');
      expect(found.map((event: any) => event.id).sort()).toEqual(overlapping.map((event: any) => event.id).sort());
      const dates = found.map((event: any) => event.date);
      expect(dates).toContain('2024-W11');
      expect(found.find((event: any) => event.id === 'schumer-call-for-israeli-election')).toBeDefined();
      for (const day of ['2024-03-20', '2024-03-21', '2024-03-22']) expect(dates).toContain(day);
      expect(dates.filter((date: string) => date.startsWith('2023'))).toEqual([]);
      // Month-precise events of March 2024 overlap the range too, and come first: they start on 1 March.
      expect(dates.slice(0, 3)).toEqual(['2024-03', '2024-03', '2024-03']);
      const starts = found.map((event: any) => `${event.dateStart} ${event.dateEnd} ${event.id}`);
      expect(starts).toEqual([...starts].sort());
      expect(dateInterval('2024-W11').dateStart <= '2024-03-14').toBe(true);
    });

    it('through relationships: some participant is Qatar as mediator; none is Israel', async () => {
      expect(await eventIds('{ participants: { some: { entity: { eq: "qatar" }, role: { eq: "mediator" } } } }')).toEqual(['doha-ceasefire-hostage-talks']);
      const withoutIsrael = await eventIds('{ participants: { none: { entity: { eq: "israel" } } } }');
      const withIsrael = await eventIds('{ participants: { some: { entity: { eq: "israel" } } } }');
      const { events } = await ask('{ events { totalCount } }');
      expect(withoutIsrael.length + withIsrael.length).toBe(events.totalCount);
      expect(withoutIsrael.filter((id: string) => withIsrael.includes(id))).toEqual([]);
    });

    it('AND, OR and NOT compose', async () => {
      const meetings = await eventIds('{ type: { eq: MEETING } }');
      const visits = await eventIds('{ type: { eq: VISIT } }');
      expect((await eventIds('{ OR: [{ type: { eq: MEETING } }, { type: { eq: VISIT } }] }')).sort()).toEqual([...meetings, ...visits].sort());
      expect((await eventIds('{ type: { in: [MEETING, VISIT] } }')).sort()).toEqual([...meetings, ...visits].sort());
      const planned = await eventIds('{ status: { eq: PLANNED } }');
      const notPlanned = await eventIds('{ NOT: { status: { eq: PLANNED } } }');
      expect(planned.length).toBeGreaterThan(0);
      expect(notPlanned.filter((id: string) => planned.includes(id))).toEqual([]);
      expect(await eventIds('{ AND: [{ type: { eq: MEETING } }, { status: { eq: OCCURRED } }] }')).toEqual(['blinken-netanyahu-meeting-2024-03-22']);
    });

    it('by source: an article, a publisher, at least two sources', async () => {
      const both = await eventIds('{ minSources: 2 }');
      const cnn = await eventIds(`{ article: { eq: "${CNN}" } }`);
      const trt = await eventIds('{ reportedBy: { eq: "TRT World" } }');
      expect(both.length).toBeGreaterThan(0);
      expect(both.sort()).toEqual(cnn.filter((id: string) => trt.includes(id)).sort());
      expect(both).toContain('blinken-netanyahu-meeting-2024-03-22');
    });

    it('by place, and by anything located in a place', async () => {
      expect(await eventIds('{ place: { eq: "tel-aviv" } }')).toContain('blinken-netanyahu-meeting-2024-03-22');
      const inIsrael = await eventIds('{ placeWithin: "israel" }');
      expect(inIsrael).toEqual(expect.arrayContaining(await eventIds('{ place: { eq: "tel-aviv" } }')));
      expect(inIsrael).not.toContain('doha-ceasefire-hostage-talks');
      expect(await eventIds('{ placeWithin: "qatar" }')).toContain('doha-ceasefire-hostage-talks');
    });

    it('on the other lists: statements, claims, stances, votes, entities, articles, resolutions', async () => {
      const data = await ask(`{
        statements(where: { speaker: { eq: "benjamin-netanyahu" }, reportedBy: { eq: "TRT World" }, direct: true }) { totalCount edges { node { speaker { id } article { publisher } direct } } }
        claims(where: { value: { gte: 30000, lte: 100000 } }, sort: [{ value: ASC }]) { edges { node { value } } }
        stances(where: { position: { eq: OPPOSES }, holderKind: { eq: COUNTRY } }, sort: [{ holder: ASC }]) { edges { node { holder { id } position } } }
        votes(where: { veto: true }) { edges { node { voter { id } position } } }
        entities(where: { kind: { eq: ORGANIZATION }, wikidataId: { eq: "Q38799" } }) { edges { node { id } } }
        articles(where: { publisher: { eq: "CNN" } }) { totalCount edges { node { id } } }
        resolutions(where: { name: { contains: "ceasefire" } }) { edges { node { id } } }
      }`);
      expect(data.statements.totalCount).toBeGreaterThan(0);
      for (const statement of nodes(data.statements)) expect(statement).toEqual({ speaker: { id: 'benjamin-netanyahu' }, article: { publisher: 'TRT World' }, direct: true });
      expect(nodes(data.claims).map((claim: any) => claim.value)).toEqual([32000, 32070, 74298]);
      const opposers = nodes(data.stances).map((stance: any) => stance.holder.id);
      expect(opposers).toEqual(expect.arrayContaining(['algeria', 'china', 'russia']));
      expect(nodes(data.votes).map((vote: any) => vote.voter.id).sort()).toEqual(['china', 'russia']);
      expect(nodes(data.entities)).toEqual([{ id: 'hamas' }]);
      expect(nodes(data.articles)).toEqual([{ id: CNN }]);
      expect(nodes(data.resolutions)).toEqual([{ id: 'unsc-gaza-ceasefire-draft-2024-03-22' }]);
    });
  });

  describe('sort and pages', () => {
    it('sorts by any field, ties broken by id', async () => {
      const { events } = await ask('{ events(first: 100, sort: [{ type: ASC }, { status: DESC }]) { edges { node { id ... on Event { type status } } } } }');
      const keys = nodes(events).map((event: any) => [event.type, event.status, event.id]);
      const expected = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || b[1].localeCompare(a[1]) || a[2].localeCompare(b[2]));
      expect(keys).toEqual(expected);
    });

    it('pages forward and backward over the whole list, each row once, in order', async () => {
      const query = 'query ($first: Int, $after: String, $last: Int, $before: String) { events(first: $first, after: $after, last: $last, before: $before, sort: [{ name: DESC }]) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }';
      const all = (await ask(query, { first: 100 })).events;
      const expected = nodes(all).map((event: any) => event.id);
      const forward: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: any = (await ask(query, { first: 4, after })).events;
        expect(page.totalCount).toBe(expected.length);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        forward.push(...nodes(page).map((event: any) => event.id));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forward).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / 4));
      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page: any = (await ask(query, { last: 4, before })).events;
        backward.unshift(...nodes(page).map((event: any) => event.id));
        expect(page.pageInfo.hasNextPage).toBe(before !== null);
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual(expected);
    });

    it('a cursor stays in place when the graph grows between pages', async () => {
      const query = 'query ($after: String) { events(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
      const first = (await ask(query)).events;
      // An event dated before every other: an offset cursor would now repeat the third row; a keyset cursor does not.
      await runCypher(seeded.driver, "CREATE (:Entity:Event {id: 'syn-early-event', kind: 'EVENT', name: 'Early', aliases: [], type: 'MEETING', status: 'OCCURRED', date: '1999-01-01', dateStart: '1999-01-01', dateEnd: '1999-01-01', sourceCount: 0, disputed: false})");
      try {
        const second = (await ask(query, { after: first.pageInfo.endCursor })).events;
        const all = nodes((await ask('{ events(first: 100) { edges { node { id } } } }')).events).map((event: any) => event.id);
        expect(all[0]).toBe('syn-early-event');
        expect([...nodes(first), ...nodes(second)].map((event: any) => event.id)).toEqual(all.slice(1, 7));
      } finally {
        await runCypher(seeded.driver, "MATCH (e:Entity {id: 'syn-early-event'}) DETACH DELETE e");
      }
    });
  });

  describe('grouped counts and timelines', () => {
    it('counts the parties and mediators of negotiations', async () => {
      const { eventsAggregate } = await ask('{ eventsAggregate(where: { type: { eq: NEGOTIATION } }) { count groupBy(by: [ROLE]) { keys { field value entity { id } } count } } }');
      expect(eventsAggregate.count).toBe(1);
      const byRole = Object.fromEntries(eventsAggregate.groupBy.map((group: any) => [group.keys[0].value, group.count]));
      expect(byRole).toMatchObject({ party: 2, mediator: 2, host: 1 });
      expect(eventsAggregate.groupBy[0].keys[0]).toMatchObject({ field: 'ROLE', entity: null });
    });

    it('counts follow the filter; groups sort by key, and having keeps the large ones', async () => {
      const data = await ask(`{
        all: eventsAggregate { count }
        cnn: eventsAggregate(where: { article: { eq: "${CNN}" } }) { count groupBy(by: [PUBLISHER]) { keys { value } count } }
        byType: eventsAggregate { groupBy(by: [TYPE], sort: { by: KEY, direction: ASC }, first: 100) { keys { value } count } }
        big: eventsAggregate { groupBy(by: [TYPE], having: { gte: 2 }, first: 100) { count } }
        votes: votesAggregate { groupBy(by: [POSITION]) { keys { value } count } }
        stances: stancesAggregate(where: { target: { eq: "unsc-gaza-ceasefire-draft-2024-03-22" } }) { count groupBy(by: [POSITION]) { keys { value } count } }
        statements: statementsAggregate(where: { article: { eq: "${TRT}" } }) { count groupBy(by: [PUBLISHER]) { keys { value } count } }
      }`);
      const { events } = await ask('{ events { totalCount } }');
      expect(data.all.count).toBe(events.totalCount);
      expect(data.cnn.groupBy).toContainEqual({ keys: [{ value: 'CNN' }], count: data.cnn.count });
      const types = data.byType.groupBy.map((group: any) => group.keys[0].value);
      expect(types).toEqual([...types].sort());
      expect(data.byType.groupBy.reduce((total: number, group: any) => total + group.count, 0)).toBe(data.all.count);
      expect(data.big.groupBy.every((group: any) => group.count >= 2)).toBe(true);
      expect(data.big.groupBy.length).toBe(data.byType.groupBy.filter((group: any) => group.count >= 2).length);
      expect(data.votes.groupBy).toEqual([{ keys: [{ value: 'AGAINST' }], count: 3 }, { keys: [{ value: 'ABSTAIN' }], count: 1 }]);
      expect(data.stances.count).toBe(data.stances.groupBy.reduce((total: number, group: any) => total + group.count, 0));
      expect(data.statements.groupBy).toEqual([{ keys: [{ value: 'TRT World' }], count: data.statements.count }]);
    });

    it('a week timeline of March 2024: five weeks in order, zeros included, each event in the week it starts', async () => {
      const { timeline } = await ask('{ timeline(bucket: WEEK, during: { from: "2024-03-01", to: "2024-03-31" }) { start end count byType { key count } } }');
      expect(timeline.map((bucket: any) => bucket.start)).toEqual(['2024-02-26', '2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25']);
      const { events } = await ask('{ events(first: 100) { edges { node { ... on Event { dateStart } } } } }');
      for (const bucket of timeline) {
        const starting = nodes(events).filter((event: any) => event.dateStart && event.dateStart >= '2024-03-01' && event.dateStart <= '2024-03-31' && event.dateStart >= bucket.start && event.dateStart <= bucket.end);
        expect(bucket.count).toBe(starting.length);
        expect(bucket.byType.reduce((total: number, type: any) => total + type.count, 0)).toBe(bucket.count);
      }
      expect(timeline[1].count).toBe(0);
    });
  });

  describe('bad arguments are refused by name', () => {
    it.each([
      ['an unknown sort field', '{ events(sort: [{ when: ASC }]) { totalCount } }', /"when" is not defined by type "EventSort"/, undefined],
      ['two fields in one sort element', '{ events(sort: [{ date: ASC, name: ASC }]) { totalCount } }', /sort\[0\]" must name exactly one field/, 'sort[0]'],
      ['an empty in', '{ events(where: { type: { in: [] } }) { totalCount } }', /"where.type.in" must list at least one value/, 'where.type.in'],
      ['from after to', '{ events(where: { during: { from: "2024-03-22", to: "2024-03-01" } }) { totalCount } }', /"where.during" runs backwards/, 'where.during'],
      ['a day no calendar has', '{ timeline(during: { from: "2024-02-30", to: "2024-03-01" }) { count } }', /"during.from" must be an ISO day/, 'during.from'],
      ['too many buckets', '{ timeline(bucket: DAY, during: { from: "2020-01-01", to: "2024-12-31" }) { count } }', /more than 1000 buckets/, 'bucket'],
      ['a bucket without a date key', '{ eventsAggregate { groupBy(by: [TYPE], bucket: WEEK) { count } } }', /"bucket" sizes the groups of a date key/, 'bucket'],
      ['first and last together', '{ events(first: 2, last: 2) { totalCount } }', /"first" and "last" cannot both be given/, 'last'],
      ['a cursor of another sort', '{ events(after: "WyJuYW1lOkFTQyIsIngiLCJ5Il0") { totalCount } }', /cursor of another sort order/, 'after'],
      ['a page past its bound', '{ events(first: 101) { totalCount } }', /"first" must be a whole number from 0 to 100/, 'first'],
      ['a depth out of range, not a cost', '{ neighborhood(id: "hamas", depth: 99) { nodes { id } } }', /"depth" must be a whole number from 1 to 3; got 99/, 'depth'],
      ['a negative minSources', '{ events(where: { minSources: -1 }) { totalCount } }', /"where.minSources" must be a whole number of at least 0/, 'where.minSources'],
    ])('%s', async (_name, query, message, argument) => {
      const error = await refusal(query);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
      if (argument) expect(error.argument).toBe(argument);
    });

    it('a filter nested too deep', async () => {
      const deep = Array.from({ length: 7 }).reduce<string>((inner) => `{ NOT: ${inner} }`, '{ type: { eq: MEETING } }');
      const error = await refusal(`{ events(where: ${deep}) { totalCount } }`);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/nests deeper than 5 levels/) });
    });
  });
});
