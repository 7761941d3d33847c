// No list is cut without saying so: every list field of the schema is paged, sized by an argument, bounded by
// what it lists, or read through a grouped read that turns an overflow into an error naming where to page; each of
// those is asked past its bound here (an entity, an event, a resolution and an article with 501 of everything),
// while the connection forms count and page them all.
import { getNullableType, isInterfaceType, isListType, isObjectType, type GraphQLField } from 'graphql';
import { MAX_LIST_ITEMS } from '../src/graph/common/arguments';
import { readOf } from '../src/graph/common/grouped-read';
import { buildGraphSchema } from '../src/schema';
import { runCypher } from './helpers/neo4j';
import { dataOf, graphql, startSeededService } from './helpers/service';

const SIZE_ARGUMENTS = ['first', 'last', 'limit', 'maxHops'];

/** Lists bounded by what they list (by field name, or Type.field), with the reason: none grows with the corpus past a small number or an error. */
const BOUNDED_BY_WHAT_THEY_LIST: Record<string, string> = {
  aliases: "one node's names, written by the seed",
  evidence: "the spans of one fact: one per quote an article gives of it",
  about: "the subjects one statement names",
  keys: 'at most MAX_GROUP_KEYS keys',
  byStatus: 'one per status',
  byType: 'one per event type',
  entitiesByKind: 'one per kind',
  eventsByStatus: 'one per status',
  eventsByType: 'one per event type',
  eventsByDate: 'one per distinct date, none cut',
  timeline: 'at most MAX_BUCKETS buckets, refused past them',
  nodes: 'a path or a subgraph, sized by maxHops or limit',
  relations: 'a path or a subgraph, sized by maxHops or limit',
  hops: 'one per relation of a path, sized by maxHops',
  'Negotiation.parties': 'the participants of one event in a role, read through `participants`: LIST_TOO_LONG past 500',
  'Negotiation.mediators': 'the participants of one event in a role, read through `participants`: LIST_TOO_LONG past 500',
  'Negotiation.hosts': 'the participants of one event in a role, read through `participants`: LIST_TOO_LONG past 500',
  'Negotiation.proposals': 'LIST_TOO_LONG past 500',
  'Negotiation.positions': 'cells of at most MAX_POSITION_FACTS facts, LIST_TOO_LONG past them',
  'PositionCell.quotes': "the facts of one position cell, within MAX_POSITION_FACTS",
  'PositionCell.sources': "the articles of one cell's quotes",
  agreements: 'targets of at most MAX_POSITION_FACTS facts, LIST_TOO_LONG past them',
  disagreements: 'targets of at most MAX_POSITION_FACTS facts, LIST_TOO_LONG past them',
  undetermined: 'targets of at most MAX_POSITION_FACTS facts, LIST_TOO_LONG past them',
  evidenceA: "one side's facts on one target, within MAX_POSITION_FACTS",
  evidenceB: "one side's facts on one target, within MAX_POSITION_FACTS",
  'Network.edges': 'the pairs of at most 50 entities: 1,225',
  'NetworkEdge.events': 'at most 50, weight counts them all (in the description)',
  'NetworkEdge.through': 'at most 50, weight counts them all (in the description)',
};

const FRIENDS = MAX_LIST_ITEMS + 1;

/** The list fields read by id that the overflow cases below ask past their bound (a new one must join them). */
const OVERFLOWED = ['sources', 'events', 'metWith', 'statements', 'statementsAbout', 'votes', 'vetoed', 'stances', 'positions', 'roles', 'participants', 'reports', 'sponsors', 'vetoedBy', 'entities'];

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
describe('list bounds', () => {
  it('every list field of the schema is paged, sized, bounded by what it lists, or refused past its bound', async () => {
    const schema = await buildGraphSchema();
    const unbounded: string[] = [];
    const readById = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!isListType(getNullableType(field.type))) continue;
        const sized = field.args.some((arg) => SIZE_ARGUMENTS.includes(arg.name));
        const paged = field.name === 'edges' && type.name.endsWith('Connection');
        const bounded = field.name in BOUNDED_BY_WHAT_THEY_LIST || `${type.name}.${field.name}` in BOUNDED_BY_WHAT_THEY_LIST;
        if (readOf(field) && !sized && !bounded) readById.add(field.name);
        if (!(sized || paged || readOf(field) || bounded)) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
    expect([...readById].sort()).toEqual([...OVERFLOWED].sort());
  });

  describe('an entity past the bound', () => {
    let seeded: Awaited<ReturnType<typeof startSeededService>>;
    beforeAll(async () => {
      seeded = await startSeededService();
      // One actor meets a different counterpart at each of FRIENDS meetings, and says something at each.
      await runCypher(
        seeded.driver,
        `CREATE (busy:Entity:Person {id: 'syn-busy', kind: 'PERSON', name: 'Busy', aliases: []})
         WITH busy UNWIND range(1, $count) AS i
         CREATE (event:Entity:Event {id: 'syn-meeting-' + i, kind: 'EVENT', name: 'Meeting ' + i, aliases: [], type: 'MEETING', status: 'OCCURRED',
                 date: '2024-03-22', dateStart: '2024-03-22', dateEnd: '2024-03-22', sourceCount: 1, disputed: false})
         CREATE (other:Entity:Person {id: 'syn-counterpart-' + i, kind: 'PERSON', name: 'Counterpart ' + i, aliases: []})
         CREATE (busy)-[:PARTICIPATED_IN {role: 'participant', evArticle: [], evStart: [], evEnd: [], evQuote: []}]->(event)
         CREATE (other)-[:PARTICIPATED_IN {role: 'participant', evArticle: [], evStart: [], evEnd: [], evQuote: []}]->(event)
         CREATE (busy)-[:SAID]->(said:Statement {id: 'syn-said-' + i, text: 'Words ' + i, direct: true, article: 'syn-article', start: 0, end: 1})-[:ABOUT]->(busy)`,
        { count: FRIENDS },
      );
      // Every other list of an entity, an event, a resolution and an article, each one past the bound.
      await runCypher(
        seeded.driver,
        `MATCH (busy:Entity {id: 'syn-busy'}), (meeting:Entity {id: 'syn-meeting-1'})
         CREATE (resolution:Entity:Resolution {id: 'syn-resolution', kind: 'RESOLUTION', name: 'Resolution', aliases: []})
         WITH busy, meeting, resolution UNWIND range(1, $count) AS i
         MATCH (other:Entity {id: 'syn-counterpart-' + i}), (event:Entity {id: 'syn-meeting-' + i})
         CREATE (source:Article {id: 'syn-source-' + i, title: 'Source ' + i, reportedAt: '2024-03-22T10:00+00:00'})
         CREATE (source)-[:MENTIONS]->(busy), (source)-[:REPORTS {status: 'OCCURRED'}]->(meeting)
         CREATE (busy)-[:SUPPORTS]->(event), (other)-[:SUPPORTS]->(meeting)
         CREATE (other)-[:PARTICIPATED_IN {role: 'observer'}]->(meeting)
         CREATE (other)-[:VOTED {position: 'AGAINST', veto: true}]->(resolution), (other)-[:SPONSORED]->(resolution)
         CREATE (busy)-[:VOTED {position: 'AGAINST', veto: true}]->(:Entity:Resolution {id: 'syn-resolution-' + i, kind: 'RESOLUTION', name: 'Resolution ' + i, aliases: []})
         CREATE (busy)-[:HOLDS_ROLE {title: 'Title ' + i}]->(other)
         WITH other, i MATCH (first:Article {id: 'syn-source-1'}) CREATE (first)-[:MENTIONS]->(other)`,
        { count: FRIENDS },
      );
    });

    it.each([
      ['sources', '{ entity(id: "syn-busy") { sources { id } } }', 'sourcesConnection'],
      ['statementsAbout', '{ entity(id: "syn-busy") { statementsAbout { id } } }', 'statementsAboutConnection'],
      ['votes', '{ entity(id: "syn-busy") { votes { position } } }', 'votesConnection'],
      ['vetoed', '{ entity(id: "syn-busy") { vetoed { id } } }', 'votesConnection'],
      ['stances', '{ entity(id: "syn-busy") { stances { position } } }', 'stancesConnection'],
      ['positions', '{ entity(id: "syn-meeting-1") { positions { position } } }', 'positionsConnection'],
      ['roles', '{ entity(id: "syn-busy") { ... on Person { roles { title } } } }', 'the root list'],
      ['participants', '{ entity(id: "syn-meeting-1") { ... on Event { participants { role } } } }', 'the root list'],
      ['reports', '{ entity(id: "syn-meeting-1") { ... on Event { reports { status } } } }', 'the root list'],
      ['Resolution.votes', '{ entity(id: "syn-resolution") { ... on Resolution { votes { position } } } }', 'votes(where: { resolution'],
      ['vetoedBy', '{ entity(id: "syn-resolution") { ... on Resolution { vetoedBy { id } } } }', 'votes(where: { resolution'],
      ['sponsors', '{ entity(id: "syn-resolution") { ... on Resolution { sponsors { id } } } }', 'the root list'],
      ['Article.entities', '{ articles(where: { id: { eq: "syn-source-1" } }) { edges { node { entities { id } } } } }', 'entities(where: { article'],
    ])('%s past the bound is an error naming where to go', async (_field, query, instead) => {
      const { body } = await graphql(seeded.service, query);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['LIST_TOO_LONG']);
      expect(body.errors![0].message).toContain(`more than ${MAX_LIST_ITEMS}`);
      expect(body.errors![0].message).toContain(instead);
    });
    afterAll(() => seeded.stop());

    it.each([
      ['events', 'eventsConnection'],
      ['statements', 'statementsConnection'],
      ['metWith', 'the root list'],
    ])('%s is an error naming where to page, not a list cut at the bound', async (field, instead) => {
      const { body } = await graphql(seeded.service, `{ entity(id: "syn-busy") { id ${field} { id } } }`);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions?.code).toBe('LIST_TOO_LONG');
      expect(body.errors![0].message).toContain(`more than ${MAX_LIST_ITEMS}`);
      expect(body.errors![0].message).toContain(instead);
      expect(body.errors![0].message).toContain('syn-busy');
    });

    it("a busy entity's sources, sorted by id, page in id order from its index walked (forward and back)", async () => {
      const [{ ids }] = await runCypher(seeded.driver, "MATCH (:Entity {id: 'syn-busy'})<-[:MENTIONS|REPORTS]-(a:Article) WITH DISTINCT a ORDER BY a.id RETURN collect(a.id) AS ids");
      const expected = ids as string[];
      expect(expected.length).toBeGreaterThan(MAX_LIST_ITEMS);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const data: any = await dataOf<any>(seeded.service, `{ entity(id: "syn-busy") { sourcesConnection(first: 100, sort: [{ id: ASC }]${after ? `, after: "${after}"` : ''}) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`);
        const connection = data.entity.sourcesConnection;
        paged.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      expect(paged).toEqual(expected);
      const last = await dataOf<any>(seeded.service, '{ entity(id: "syn-busy") { sourcesConnection(last: 5, sort: [{ id: ASC }]) { edges { node { id } } } } }');
      expect(last.entity.sourcesConnection.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(expected.slice(-5));
      const descending = await dataOf<any>(seeded.service, '{ entity(id: "syn-busy") { sourcesConnection(first: 5, sort: [{ id: DESC }]) { edges { node { id } } } } }');
      expect(descending.entity.sourcesConnection.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([...expected].reverse().slice(0, 5));
    });

    it('the connection forms count every item and page through them', async () => {
      const data = await dataOf<any>(
        seeded.service,
        `{ entity(id: "syn-busy") {
            eventsConnection(first: 100) { totalCount pageInfo { hasNextPage } edges { node { id } } }
            statementsConnection(last: 3) { totalCount pageInfo { hasPreviousPage } edges { node { id } } }
          }
          events(where: { participants: { some: { entity: { eq: "syn-busy" } } } }) { totalCount }
          eventsAggregate(where: { participants: { some: { entity: { eq: "syn-busy" } } } }) { count groupBy(by: [PARTICIPANT], first: 1) { keys { value } count } } }`,
      );
      expect(data.entity.eventsConnection.totalCount).toBe(FRIENDS);
      expect(data.entity.eventsConnection.edges).toHaveLength(100);
      expect(data.entity.eventsConnection.pageInfo.hasNextPage).toBe(true);
      expect(data.entity.statementsConnection.totalCount).toBe(FRIENDS);
      expect(data.entity.statementsConnection.pageInfo.hasPreviousPage).toBe(true);
      expect(data.events.totalCount).toBe(FRIENDS);
      expect(data.eventsAggregate.count).toBe(FRIENDS);
      expect(data.eventsAggregate.groupBy).toEqual([{ keys: [{ value: 'syn-busy' }], count: FRIENDS }]);
    });
  });
});
