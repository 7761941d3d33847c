// What an analyst of a negotiation asks, answered on the two articles: filtered paths and their quotes, the k
// shortest, neighborhoods and networks; a negotiation's parties and position matrix; the alignment of two
// entities; search inside what was said; and every bad argument refused by name.
import { runCypher } from './helpers/neo4j';
import { graphql, useSeededService } from './helpers/service';

const DRAFT = 'unsc-gaza-ceasefire-draft-2024-03-22';
const DOHA = 'doha-ceasefire-hostage-talks';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
describe('analysts', () => {
  const seeded = useSeededService();
  const { ask } = seeded;
  let articleText: Map<string, string>;
  beforeAll(async () => {
    const { articles } = await ask('{ articles { edges { node { id text } } } }');
    articleText = new Map(articles.edges.map((edge: any) => [edge.node.id, edge.node.text]));
  });
  /** Every quote must be the article's own words at its offsets. */
  const expectLocated = (evidence: any[]) => {
    expect(evidence.length).toBeGreaterThan(0);
    for (const quote of evidence) expect(articleText.get(quote.article.id)!.slice(quote.start, quote.end)).toBe(quote.quote);
  };
  const refusal = async (query: string) => {
    const { body } = await graphql(seeded.service, query);
    expect(body.errors).toHaveLength(1);
    return { message: body.errors![0].message, code: body.errors![0].extensions?.code };
  };
  const PATH = 'length nodes { id kind ... on Event { status sourceCount } } hops { from { id } to { id } type forward evidence { quote start end article { id } } }';
  const HOPS_FROM_ARTICLE_IN_ORDER = (path: any, from: string, to: string) => {
    expect(path.hops).toHaveLength(path.length);
    expect(path.hops[0].from.id).toBe(from);
    expect(path.hops.at(-1).to.id).toBe(to);
    path.hops.forEach((hop: any, i: number) => {
      expect(hop.from.id).toBe(path.nodes[i].id);
      expect(hop.to.id).toBe(path.nodes[i + 1].id);
      if (i > 0) expect(hop.from.id).toBe(path.hops[i - 1].to.id);
    });
    expectLocated(path.hops.map((hop: any) => hop.evidence));
  };

  describe('paths', () => {
    it('k shortest from Bill Burns to Guyana: distinct, shortest first, each hop quoted from its article', async () => {
      const { paths } = await ask(`{ paths(from: "bill-burns", to: "guyana", k: 3) { ${PATH} } }`);
      expect(paths).toHaveLength(3);
      const [{ shortest }] = await runCypher(seeded.driver, "MATCH (a:Entity {id: 'bill-burns'}), (b:Entity {id: 'guyana'}) MATCH p = SHORTEST 1 (a)-[:PARTICIPATED_IN|TOOK_PLACE_IN|PART_OF|HOLDS_ROLE|LOCATED_IN|BORDERS|CAPITAL_OF|MEMBER_OF|ADMINISTERS|ALLIED_WITH|TENSION_WITH|AIMS_AT|PROVIDES_AID_TO|SPONSORED|VOTED|VOTED_AT|SUPPORTS|OPPOSES|SPOKE_ABOUT]-{1,4}(b) RETURN length(p) AS shortest");
      expect(paths[0].length).toBe(shortest);
      const lengths = paths.map((path: any) => path.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      const sequences = paths.map((path: any) => path.nodes.map((node: any) => node.id).join(' > '));
      expect(new Set(sequences).size).toBe(3);
      for (const path of paths) {
        const ids = path.nodes.map((node: any) => node.id);
        expect(new Set(ids).size).toBe(ids.length);
        HOPS_FROM_ARTICLE_IN_ORDER(path, 'bill-burns', 'guyana');
      }
    });

    it('over corroborated events only: every event passed through has two sources', async () => {
      const { paths } = await ask(`{ paths(from: "bill-burns", to: "guyana", k: 3, minSources: 2) { ${PATH} } }`);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) for (const node of path.nodes.slice(1, -1)) if (node.kind === 'EVENT') expect(node.sourceCount).toBeGreaterThanOrEqual(2);
      // Without the filter the single-source Burns trip is a way through; with it, it never is.
      const all = await ask('{ paths(from: "bill-burns", to: "qatar", k: 5) { nodes { id } } }');
      expect(all.paths.some((path: any) => path.nodes.some((node: any) => node.id === 'burns-trip-to-doha'))).toBe(true);
      const corroborated = await ask('{ paths(from: "bill-burns", to: "qatar", k: 5, minSources: 2) { nodes { id } } }');
      expect(corroborated.paths.some((path: any) => path.nodes.some((node: any) => node.id === 'burns-trip-to-doha'))).toBe(false);
    });

    it('a status filter changes a path: Burns is only EXPECTED at the talks, so no path is left that has happened', async () => {
      const everything = await ask(`{ path(from: "bill-burns", to: "guyana") { ${PATH} } }`);
      expect(everything.path.hops[0]).toMatchObject({ type: 'PARTICIPATED_IN', to: { id: DOHA } });
      const happened = await ask(`{ path(from: "bill-burns", to: "guyana", status: [OCCURRED, ONGOING]) { ${PATH} } }`);
      expect(happened.path).toBeNull();
      // Netanyahu reaches Qatar in 4 steps through the PLANNED Rafah offensive; through what has happened, in 6.
      const netanyahu = await ask(`{ all: path(from: "benjamin-netanyahu", to: "qatar", maxHops: 6, via: [PARTICIPATED_IN]) { ${PATH} } happened: path(from: "benjamin-netanyahu", to: "qatar", maxHops: 6, via: [PARTICIPATED_IN], status: [OCCURRED, ONGOING]) { ${PATH} } }`);
      expect(netanyahu.all.length).toBe(4);
      expect(netanyahu.all.nodes.map((node: any) => node.id)).toContain('rafah-ground-offensive');
      expect(netanyahu.happened.length).toBe(6);
      for (const node of netanyahu.happened.nodes.slice(1, -1)) if (node.kind === 'EVENT') expect(['OCCURRED', 'ONGOING']).toContain(node.status);
      HOPS_FROM_ARTICLE_IN_ORDER(netanyahu.happened, 'benjamin-netanyahu', 'qatar');
    });

    it('a time filter leaves out events outside the range, and via the relationship types not named', async () => {
      const { early, typed } = await ask(`{ early: paths(from: "antony-blinken", to: "israel", k: 5, during: { from: "2023-10-01", to: "2023-10-31" }) { ${PATH} } typed: paths(from: "antony-blinken", to: "guyana", k: 3, via: [PARTICIPATED_IN, VOTED, MEMBER_OF, SUPPORTS]) { ${PATH} } }`);
      for (const path of early) for (const node of path.nodes.slice(1, -1)) expect(node.kind).not.toBe('EVENT');
      expect(typed.length).toBeGreaterThan(0);
      for (const path of typed) for (const hop of path.hops) expect(['PARTICIPATED_IN', 'VOTED', 'MEMBER_OF', 'SUPPORTS']).toContain(hop.type);
    });
  });

  it('neighborhood keeps to the kinds and events the filters allow', async () => {
    const { all, filtered } = await ask('{ all: neighborhood(id: "united-states", depth: 2, limit: 100) { nodes { id kind ... on Event { status } } } filtered: neighborhood(id: "united-states", depth: 2, limit: 100, kinds: [COUNTRY, EVENT], status: [OCCURRED]) { nodes { id kind ... on Event { status } } relations { type from { id } to { id } } } }');
    expect(filtered.nodes[0].id).toBe('united-states');
    for (const node of filtered.nodes.slice(1)) {
      expect(['COUNTRY', 'EVENT']).toContain(node.kind);
      if (node.kind === 'EVENT') expect(node.status).toBe('OCCURRED');
    }
    expect(filtered.nodes.length).toBeGreaterThan(3);
    expect(filtered.nodes.length).toBeLessThan(all.nodes.length);
    const members = new Set(filtered.nodes.map((node: any) => node.id));
    for (const relation of filtered.relations) expect(members.has(relation.from.id) && members.has(relation.to.id)).toBe(true);
  });

  it("network of the draft resolution's voters: who shares what, weighted", async () => {
    const { votes } = await ask(`{ votes(where: { resolution: { eq: "${DRAFT}" } }) { edges { node { voter { id } } } } }`);
    const voters = votes.edges.map((edge: any) => edge.node.voter.id).sort();
    expect(voters).toEqual(['algeria', 'china', 'guyana', 'russia']);
    const { network } = await ask('query ($of: [ID!]!) { network(of: $of, via: [PARTICIPATED_IN, VOTED]) { nodes { id } edges { from { id } to { id } weight events { id } through { id } } } }', { of: voters });
    expect(network.nodes.map((node: any) => node.id).sort()).toEqual(voters);
    // Four voters make six pairs, each sharing the vote (an event) and the draft (through VOTED).
    expect(network.edges).toHaveLength(6);
    for (const edge of network.edges) {
      expect(edge.from.id < edge.to.id).toBe(true);
      expect(edge.weight).toBe(2);
      expect(edge.events.map((event: any) => event.id)).toEqual(['unsc-vote-2024-03-22']);
      expect(edge.through.map((entity: any) => entity.id).sort()).toEqual([DRAFT, 'unsc-vote-2024-03-22']);
    }
    const { planned } = await ask('query ($of: [ID!]!) { planned: network(of: $of, status: [PLANNED]) { edges { weight } } }', { of: voters });
    expect(planned.edges).toEqual([]);
  });

  describe('negotiation', () => {
    it('the Doha talks: parties, mediators, hosts, proposals and who supports what, with the words', async () => {
      const { negotiation } = await ask(`{ negotiation(id: "${DOHA}") {
        id event { name } parties { role entity { id } evidence { quote start end article { id } } } mediators { entity { id } } hosts { entity { id } }
        proposals { entity { id } relation evidence { quote start end article { id } } }
        positions { holder { id } target { id } position quotes { quote start end article { id } } sources { id } }
      } }`);
      expect(negotiation.parties.map((party: any) => party.entity.id).sort()).toEqual(['hamas', 'israel']);
      expect(negotiation.mediators.map((mediator: any) => mediator.entity.id).sort()).toEqual(['egypt', 'qatar']);
      expect(negotiation.hosts.map((host: any) => host.entity.id)).toEqual(['qatar']);
      for (const party of negotiation.parties) expectLocated(party.evidence);
      expect(negotiation.proposals).toEqual([expect.objectContaining({ entity: { id: 'gaza-ceasefire-hostage-deal' }, relation: 'AIMS_AT' })]);
      expectLocated(negotiation.proposals[0].evidence);
      const cell = (holder: string, target: string, position: string) => negotiation.positions.find((found: any) => found.holder.id === holder && found.target.id === target && found.position === position);
      expect(cell('united-states', DOHA, 'SUPPORTS')).toBeDefined();
      expect(cell('united-states', 'gaza-ceasefire-hostage-deal', 'SUPPORTS')).toBeDefined();
      expect(cell('antony-blinken', 'gaza-ceasefire-hostage-deal', 'STATED')).toBeDefined();
      for (const position of negotiation.positions) {
        expectLocated(position.quotes);
        expect(position.sources.map((source: any) => source.id).sort()).toEqual([...new Set(position.quotes.map((quote: any) => quote.article.id))].sort());
      }
      // The matrix agrees with the stances list.
      const { stances } = await ask(`{ stances(first: 100, where: { target: { in: ["${DOHA}", "gaza-ceasefire-hostage-deal"] } }) { edges { node { holder { id } target { id } position } } } }`);
      for (const { node } of stances.edges) expect(cell(node.holder.id, node.target.id, node.position)).toBeDefined();
    });

    it('is null for an unknown id and refused for what is not talks', async () => {
      expect((await ask('{ negotiation(id: "no-such-talks") { id } }')).negotiation).toBeNull();
      const { message, code } = await refusal('{ negotiation(id: "blinken-netanyahu-meeting-2024-03-22") { id } }');
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toContain('an event of type MEETING with no parties and mediators, not a negotiation');
    });
  });

  describe('alignment', () => {
    it('the United States and Russia disagree on the draft resolution: FOR against a veto, with both sides\' words', async () => {
      const { alignment } = await ask(`{ alignment(a: "united-states", b: "russia", on: ["${DRAFT}"]) {
        ratio agreements { target { id } } undetermined { target { id } }
        disagreements { target { id } a b evidenceA { quote start end article { id } } evidenceB { quote start end article { id } } }
      } }`);
      expect(alignment.disagreements).toHaveLength(1);
      expect(alignment.disagreements[0]).toMatchObject({ target: { id: DRAFT }, a: 'FOR', b: 'VETOED' });
      expectLocated(alignment.disagreements[0].evidenceA);
      expectLocated(alignment.disagreements[0].evidenceB);
      expect(alignment.disagreements[0].evidenceB.map((quote: any) => quote.quote)).toContain('Russia and China vetoed a US-sponsored UN resolution');
      expect(alignment).toMatchObject({ ratio: 0, agreements: [], undetermined: [] });
    });

    it('Russia and China agree on everything both took a side on', async () => {
      const { alignment } = await ask('{ alignment(a: "russia", b: "china") { ratio agreements { target { id } a b } disagreements { target { id } } } }');
      expect(alignment.agreements).toContainEqual({ target: { id: DRAFT }, a: 'VETOED', b: 'VETOED' });
      expect(alignment.disagreements).toEqual([]);
      expect(alignment.ratio).toBe(1);
    });
  });

  describe('textSearch', () => {
    it("finds where anyone said 'humanitarian disaster': Blinken's statement, the words marked, the sentence located", async () => {
      const { textSearch } = await ask('{ textSearch(text: "humanitarian disaster") { totalCount edges { node { score kind snippet evidence { quote start end article { id } } statement { id speaker { id } } article { id } } } } }');
      const hits = textSearch.edges.map((edge: any) => edge.node);
      expect(textSearch.totalCount).toBe(hits.length);
      const said = hits.find((hit: any) => hit.kind === 'STATEMENT');
      expect(said.statement.speaker.id).toBe('antony-blinken');
      expect(said.snippet).toContain('<mark>humanitarian</mark> <mark>disaster</mark>');
      expect(said.evidence.quote).toContain('humanitarian disaster');
      expect(said.article.id).toBe(said.evidence.article.id);
      expectLocated(hits.map((hit: any) => hit.evidence));
      expect(hits.find((hit: any) => hit.kind === 'ARTICLE')).toMatchObject({ statement: null });
      const scores = hits.map((hit: any) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('a phrase in quotes is a phrase; a speaker filter keeps statements only; pages go on from their cursor', async () => {
      const { swapped, phrase, blinken, first } = await ask(`{
        swapped: textSearch(text: "\\"disaster humanitarian\\"") { totalCount }
        phrase: textSearch(text: "\\"humanitarian disaster\\"") { edges { node { snippet } } }
        blinken: textSearch(text: "Rafah", where: { speaker: { eq: "antony-blinken" } }) { edges { node { kind statement { speaker { id } } } } }
        first: textSearch(text: "ceasefire", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind score } } }
      }`);
      expect(swapped.totalCount).toBe(0);
      expect(phrase.edges[0].node.snippet).toContain('<mark>humanitarian disaster</mark>');
      expect(blinken.edges.length).toBeGreaterThan(0);
      for (const { node } of blinken.edges) expect(node).toMatchObject({ kind: 'STATEMENT', statement: { speaker: { id: 'antony-blinken' } } });
      expect(first.totalCount).toBeGreaterThan(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = await ask('query ($after: String) { textSearch(text: "ceasefire", first: 100, after: $after) { edges { node { score } } } }', { after: first.pageInfo.endCursor });
      expect(next.textSearch.edges).toHaveLength(first.totalCount - 2);
      expect(next.textSearch.edges[0].node.score).toBeLessThanOrEqual(first.edges[1].node.score);
    });

    it('search answers each entity with its score, best first', async () => {
      const { search } = await ask('{ search(text: "blinken") { id score } }');
      expect(search[0]).toMatchObject({ id: 'antony-blinken' });
      const scores = search.map((entity: any) => entity.score);
      expect(scores.every((score: number) => score > 0)).toBe(true);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });

  it.each([
    ['{ paths(from: "bill-burns", to: "guyana", k: 11) { length } }', 'must be a whole number from 1 to 10; got 11'],
    ['{ paths(from: "bill-burns", to: "nobody-at-all") { length } }', 'nobody-at-all'],
    ['{ path(from: "bill-burns", to: "guyana", during: { from: "2024-03-22", to: "2024-03-01" }) { length } }', 'runs backwards'],
    ['{ path(from: "bill-burns", to: "guyana", minSources: -1) { length } }', 'at least 0; got -1'],
    ['{ neighborhood(id: "hamas", during: { from: "2024-02-30", to: "2024-03-01" }) { nodes { id } } }', 'must be an ISO day'],
    ['{ network(of: []) { nodes { id } } }', 'from 1 to 50 entities; got 0'],
    ['{ network(of: ["russia", "atlantis"]) { nodes { id } } }', 'atlantis'],
    ['{ alignment(a: "russia", b: "russia") { ratio } }', 'two entities'],
    ['{ alignment(a: "russia", b: "china", on: []) { ratio } }', 'from 1 to 100 targets'],
    ['{ textSearch(text: "  ") { totalCount } }', 'at least one word'],
    ['{ textSearch(text: "ceasefire", in: []) { totalCount } }', 'at least one of STATEMENT, ARTICLE'],
    ['{ entity(id: "israel") { relations(types: ["ALLIED_WITH"]) { type } } }', 'RelationType'],
  ])('refuses %s by name', async (query, words) => {
    const { message, code } = await refusal(query);
    expect(message).toContain(words);
    expect(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED']).toContain(code);
  });
});
