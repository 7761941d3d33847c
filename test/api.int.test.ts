// The public contract over HTTP against the seeded graph: every field answers, lists are batched (the number
// of Cypher queries grows with depth, not with items), and bad arguments get coded errors.
import type { Driver } from 'neo4j-driver';
import type { RunningService } from '../src/service';
import { runInProcess } from './helpers/in-process';
import { graphql, startSeededService } from './helpers/service';

const ENTITY_FIELDS = `
  id name kind aliases description wikidataId
  sources { id title publisher author published }
  events { id } metWith { id } statements { id } statementsAbout { id }
  votes { position veto voter { id } resolution { id } evidence { quote start end article { id } } }
  vetoed { id }
  stances { position holder { id } target { id } evidence { quote } }
  positions { position holder { id } }
  relations(types: [PARTICIPATED_IN, LOCATED_IN], direction: OUT, first: 5) { type from { id } to { id } evidence { quote } }
`;

const EVERY_FIELD = `{
  person: entity(id: "antony-blinken") { ${ENTITY_FIELDS} ... on Person { roles { title of { id } evidence { quote } } } }
  place: entity(id: "rafah") { ${ENTITY_FIELDS} ... on Place { locatedIn { id } } }
  event: entity(id: "unsc-vote-2024-03-22") { ${ENTITY_FIELDS} ... on Event { type cameo status date place { id } sourceCount participants { role entity { id } } evidence { quote start end article { id } } } }
  resolution: entity(id: "unsc-gaza-ceasefire-draft-2024-03-22") { ${ENTITY_FIELDS} ... on Resolution { sponsors { id } votes { position } vetoedBy { id } tally { inFavour against abstentions } adopted } }
  country: entity(id: "russia") { ${ENTITY_FIELDS} }
  organization: entity(id: "hamas") { ${ENTITY_FIELDS} }
  unknown: entity(id: "nobody") { id }
  search(text: "Netanyahu", kinds: [PERSON], first: 3) { id }
  statements(speaker: "antony-blinken", first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text direct date speaker { id } about { id } article { id } evidence { quote start end } } } }
  events(status: PLANNED, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } }
  claims(article: "cnn-2024-03-22-blinken-israel") { edges { node { id measure value unit qualifier subject { id } article { id } evidence { quote } } } }
  resolutions { edges { node { id } } }
  negotiations { edges { node { id } } }
  path(from: "chuck-schumer", to: "guyana") { length nodes { id } relations { type } }
  neighborhood(id: "qatar", depth: 2, limit: 20) { nodes { id } relations { type from { id } to { id } evidence { quote } } }
  articles { edges { node { id title publisher author published text entities { id } } } }
  stats { articles statements claims entitiesByKind { key count } eventsByType { key count } eventsByStatus { key count } eventsByDate { key count } }
}`;

describe('the GraphQL API', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  let service: RunningService;
  let driver: Driver;
  beforeAll(async () => {
    running = await startSeededService();
    ({ service, driver } = running);
  });
  afterAll(() => running.stop());

  it('answers every field of the contract', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answer is checked field by field
    const { status, body } = await graphql<Record<string, any>>(service, EVERY_FIELD);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const data = body.data!;
    expect(data.unknown).toBeNull();
    expect(data.person.roles).toEqual([{ title: 'Secretary of State', of: { id: 'united-states' }, evidence: expect.any(Array) }]);
    expect(data.place.locatedIn).toEqual({ id: 'gaza' });
    expect(data.event).toMatchObject({ type: 'VOTE', status: 'OCCURRED', sourceCount: 2 });
    expect(data.country.vetoed).toEqual([{ id: 'unsc-gaza-ceasefire-draft-2024-03-22' }]);
    expect(data.country.votes[0]).toMatchObject({ position: 'AGAINST', veto: true });
    expect(data.organization.stances).toContainEqual(expect.objectContaining({ position: 'OPPOSES', target: { id: 'unsc-gaza-ceasefire-draft-2024-03-22' } }));
    expect(data.resolution.positions.length).toBeGreaterThanOrEqual(5);
    expect(data.search[0]).toEqual({ id: 'benjamin-netanyahu' });
    expect(data.statements.edges).toHaveLength(3);
    expect(data.statements.pageInfo.hasNextPage).toBe(true);
    expect(data.events.edges.every((edge: { node: { status: string } }) => edge.node.status === 'PLANNED')).toBe(true);
    expect(data.claims.edges.length).toBe(4);
    expect(data.path.length).toBe(data.path.relations.length);
    expect(data.neighborhood.nodes.length).toBeLessThanOrEqual(20);
    expect(data.articles.edges).toHaveLength(2);
    const textOf = new Map(data.articles.edges.map(({ node }: { node: unknown }) => node).map((article: { id: string; text: string }) => [article.id, article.text]));
    expect(data.event.evidence).toHaveLength(4);
    for (const evidence of data.event.evidence) expect((textOf.get(evidence.article.id) as string).slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it('pages statements with cursors that continue where the last page ended', async () => {
    const page = async (after: string | null) =>
      (await graphql<{ statements: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
        service,
        'query($after: String) { statements(first: 10, after: $after) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }',
        { after },
      )).body.data!.statements;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { edges, pageInfo } = await page(after);
      seen.push(...edges.map((edge) => edge.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(35);
    expect(new Set(seen).size).toBe(35);
  });

  describe('batching', () => {
    /** Runs a query in-process and returns how many Cypher queries it ran. */
    async function queriesFor(query: string): Promise<{ queries: number; data: unknown }> {
      const { result, queries } = await runInProcess(driver, query);
      expect(result.errors).toBeUndefined();
      return { queries: queries.length, data: result.data };
    }

    it('runs one query per field and depth, however many entities are listed', async () => {
      const { queries, data } = await queriesFor('{ articles { edges { node { entities { id metWith { id name } statements { id } sources { id } } } } } }');
      const entities = (data as { articles: { edges: { node: { entities: unknown[] } }[] } }).articles.edges.flatMap(({ node }) => node.entities);
      expect(entities.length).toBeGreaterThan(60);
      // articles, entities of each article, metWith, statements, sources, the articles of sources.
      expect(queries).toBeLessThanOrEqual(6);
    });

    it('grows with depth, not with items', async () => {
      const shallow = await queriesFor('{ articles { edges { node { entities { id votes { position } } } } } }');
      const deeper = await queriesFor('{ articles { edges { node { entities { id votes { position resolution { id votes { voter { id } } } } } } } } }');
      expect(deeper.queries - shallow.queries).toBeLessThanOrEqual(3);
    });
  });

  describe('errors', () => {
    const codeOf = async (query: string) => (await graphql(service, query)).body.errors?.[0]?.extensions?.code;
    const messageOf = async (query: string) => (await graphql(service, query)).body.errors?.[0]?.message;

    it('names an unknown id in path and neighborhood with NOT_FOUND', async () => {
      expect(await codeOf('{ path(from: "antony-blinken", to: "nobody") { length } }')).toBe('NOT_FOUND');
      expect(await messageOf('{ neighborhood(id: "nobody") { nodes { id } } }')).toBe('No entity has the id "nobody".');
    });

    it('refuses arguments out of range with BAD_USER_INPUT, naming the range', async () => {
      expect(await messageOf('{ statements(first: 101) { totalCount } }')).toBe('Argument "first" must be a whole number from 0 to 100; got 101.');
      expect(await codeOf('{ statements(first: 101) { totalCount } }')).toBe('BAD_USER_INPUT');
      expect(await messageOf('{ path(from: "a", to: "b", maxHops: 7) { length } }')).toBe('Argument "maxHops" must be a whole number from 1 to 6; got 7.');
      expect(await messageOf('{ neighborhood(id: "hamas", depth: 4) { nodes { id } } }')).toBe('Argument "depth" must be a whole number from 1 to 3; got 4.');
      expect(await messageOf('{ neighborhood(id: "hamas", limit: 501) { nodes { id } } }')).toBe('Argument "limit" must be a whole number from 1 to 500; got 501.');
      expect(await codeOf('{ events(after: "not-a-cursor") { totalCount } }')).toBe('BAD_USER_INPUT');
      expect(await codeOf('{ entity(id: "hamas") { relations(types: ["FRIENDS_WITH"]) { type } } }')).toBe('BAD_USER_INPUT');
    });

    it.each(['"quoted', 'a (bracket', 'tilde~', 'star*', 'AND', 'OR NOT', 'back\\\\slash', 'a:b', '[x TO y]', '/regex/'])(
      'searches for %s without a server error',
      async (text) => {
        const { status, body } = await graphql(service, 'query($text: String!) { search(text: $text) { id } }', { text });
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
      },
    );

    it('refuses a search text too long for the index, naming the limit', async () => {
      expect(await messageOf(`{ search(text: "${'a'.repeat(1001)}") { id } }`)).toBe('Argument "text" must be at most 200 characters; got 1001.');
    });

    it('answers a path from an entity to itself, and a neighborhood of one', async () => {
      const { body } = await graphql<{ path: { length: number; nodes: { id: string }[] }; neighborhood: { nodes: { id: string }[]; relations: unknown[] } }>(
        service,
        '{ path(from: "hamas", to: "hamas") { length nodes { id } } neighborhood(id: "hamas", limit: 1) { nodes { id } relations { type } } }',
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.path).toEqual({ length: 0, nodes: [{ id: 'hamas' }] });
      expect(body.data?.neighborhood).toEqual({ nodes: [{ id: 'hamas' }], relations: [] });
    });

    it('takes an explicit null for a bounded argument as its default', async () => {
      const { body } = await graphql<{ statements: { edges: unknown[] }; search: unknown[] }>(service, '{ statements(first: null) { edges { cursor } } search(text: "a", first: null) { id } }');
      expect(body.errors).toBeUndefined();
      expect(body.data?.statements.edges).toHaveLength(20);
      expect(body.data?.search.length).toBeLessThanOrEqual(10);
    });

    it('refuses a search with no words', async () => {
      expect(await codeOf('{ search(text: "   ") { id } }')).toBe('BAD_USER_INPUT');
    });
  });
});
