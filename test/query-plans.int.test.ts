// The hot queries stay local: every Cypher query the API runs for anchored questions (an entity and its lists,
// relations, paths, neighborhoods, negotiations) is planned without scanning a whole label or all nodes.
import neo4j from 'neo4j-driver';
import { toCypherParams, type Params } from '../src/neo4j/executor';
import { runInProcess } from './helpers/in-process';
import { testConnection } from './helpers/neo4j';
import { startSeededService } from './helpers/service';

const ANCHORED_OPERATIONS = `{
  person: entity(id: "antony-blinken") {
    name sources { id } events { id } metWith { id } statements { id about { id } } statementsAbout { id } votes { position }
    vetoed { id } stances { target { id } } positions { holder { id } } relations(first: 10) { type }
    ... on Person { roles { title of { id } } cnnRoles: roles(article: "cnn-2024-03-22-blinken-israel", withContradicted: true) { title } }
  }
  event: entity(id: "doha-ceasefire-hostage-talks") {
    ... on Event { place { id } participants { entity { id } } cnn: participants(article: "cnn-2024-03-22-blinken-israel") { role } reports { status article { id } } }
  }
  resolution: entity(id: "unsc-gaza-ceasefire-draft-2024-03-22") { ... on Resolution { sponsors { id } votes { voter { id } } vetoedBy { id } } }
  place: entity(id: "rafah") { ... on Place { locatedIn { id } } }
  speaker: statements(speaker: "antony-blinken", first: 5) { edges { node { id } } }
  participant: events(participant: "israel", first: 5) { edges { node { id } } }
  negotiations { edges { node { id } } }
  path(from: "bill-burns", to: "guyana") { length }
  neighborhood(id: "hamas", depth: 2, limit: 50) { nodes { id } }
  article: articles { edges { node { id } } }
  dataVersion { id }
}`;

/** The dashboards' lists, counts and timelines, each with a filter that names where to start. */
const ANCHORED_DASHBOARD_OPERATIONS = `{
  mediated: events(where: { participants: { some: { entity: { eq: "qatar" }, role: { eq: "mediator" } } } }, sort: [{ name: ASC }]) { totalCount pageInfo { hasNextPage } edges { node { id } } }
  inRange: events(where: { during: { from: "2024-03-14", to: "2024-03-22" } }) { totalCount edges { node { id } } }
  within: events(where: { placeWithin: "israel" }) { totalCount edges { node { id } } }
  reported: events(where: { article: { eq: "cnn-2024-03-22-blinken-israel" }, minSources: 2 }) { totalCount edges { node { id } } }
  typed: negotiations { totalCount edges { node { id } } }
  about: statements(where: { about: { eq: "hamas" }, reportedBy: { eq: "CNN" } }) { totalCount edges { node { id } } }
  figures: claims(where: { subject: { eq: "gaza" }, value: { gte: 1000 } }, sort: [{ value: DESC }]) { totalCount edges { node { id } } }
  byArticle: claims(where: { article: { eq: "trtworld-2024-03-22-netanyahu-rafah" } }) { totalCount edges { node { id } } }
  toward: stances(where: { target: { eq: "unsc-gaza-ceasefire-draft-2024-03-22" } }) { totalCount edges { node { position } } }
  cast: votes(where: { resolution: { eq: "unsc-gaza-ceasefire-draft-2024-03-22" }, veto: true }) { totalCount edges { node { position } } }
  countries: entities(where: { kind: { eq: COUNTRY } }) { totalCount edges { node { id } } }
  wikidata: entities(where: { wikidataId: { eq: "Q38799" } }) { totalCount edges { node { id } } }
  resolutions { totalCount edges { node { id } } }
  roles: eventsAggregate(where: { type: { eq: NEGOTIATION } }) { count groupBy(by: [ROLE, PARTICIPANT]) { count } }
  subjects: statementsAggregate(where: { speaker: { eq: "antony-blinken" } }) { count groupBy(by: [ABOUT, DATE], bucket: WEEK) { count } }
  measures: claimsAggregate(where: { article: { eq: "cnn-2024-03-22-blinken-israel" } }) { count groupBy(by: [MEASURE]) { count value { sum } } }
  held: stancesAggregate(where: { holder: { eq: "united-states" } }) { count groupBy(by: [POSITION]) { count } }
  positions: votesAggregate(where: { resolution: { eq: "unsc-gaza-ceasefire-draft-2024-03-22" } }) { count groupBy(by: [POSITION]) { count } }
  timeline(bucket: WEEK, during: { from: "2024-03-01", to: "2024-03-31" }) { count }
}`;

/** The analysts' traversals, positions and searches, each with every filter it takes. */
const ANCHORED_ANALYST_OPERATIONS = `{
  paths(from: "bill-burns", to: "guyana", k: 3, maxHops: 5, via: [PARTICIPATED_IN, AIMS_AT, VOTED, SUPPORTS], status: [OCCURRED, ONGOING, PROPOSED, EXPECTED], during: { from: "2024-01-01", to: "2024-12-31" }, minSources: 2) { hops { type evidence { quote } } }
  path(from: "antony-blinken", to: "qatar", status: [OCCURRED, ONGOING]) { length }
  neighborhood(id: "united-states", depth: 2, limit: 50, kinds: [COUNTRY, EVENT], status: [OCCURRED], minSources: 2) { nodes { id } relations { type } }
  network(of: ["russia", "china", "algeria", "guyana", "united-states"], via: [PARTICIPATED_IN, VOTED], status: [OCCURRED], minSources: 1) { edges { weight events { id } through { id } } }
  negotiation(id: "doha-ceasefire-hostage-talks") { parties { entity { id } } proposals { entity { id } } positions { position holder { id } } }
  alignment(a: "united-states", b: "russia", on: ["unsc-gaza-ceasefire-draft-2024-03-22"]) { ratio disagreements { a b } }
  textSearch(text: "\\"humanitarian disaster\\"", where: { speaker: { eq: "antony-blinken" } }) { totalCount edges { node { snippet } } }
  search(text: "blinken") { id score }
}`;

/** Operators that read a whole label or every node: what an index or an anchored pattern should avoid. */
const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan']);
/** Lists of everything of a kind, which are scans by nature (and bounded by their LIMIT). */
const WHOLE_LISTS = [
  /^CALL \(\) \{\nMATCH \(a:Article\)\nWITH DISTINCT a\n/,
  // One node by design (each load stamps it): its label scan reads that one node.
  /^MATCH \(v:DataVersion\) RETURN/,
];

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/**
 * The reads a query was combined from (Executor's combineReads: one CALL per read, its parameters renamed
 * `$r<i>_p`), each with its own parameters, so that each is explained alone: a whole list combined with an
 * anchored read must not hide, or be blamed for, the other's plan. A query that was not combined is one read.
 */
function separateReads(cypher: string, params: Params): [string, Params][] {
  const parts = [...cypher.matchAll(/^CALL \(\) \{\n {2}CALL \(\) \{\n([\s\S]*?)\n {2}\}\n {2}RETURN collect\(.*\) AS r(\d+)\n\}$/gm)];
  if (parts.length === 0) return [[cypher, params]];
  return parts.map(([, read, index]) => {
    const prefix = `r${index}_`;
    const own = Object.fromEntries(Object.entries(params).flatMap(([name, value]) => (name.startsWith(prefix) ? [[name.slice(prefix.length), value]] : [])));
    return [read.replace(new RegExp(`\\$${prefix}(\\w+)`, 'g'), '$$$1'), own];
  });
}

const operators = (plan: PlanNode): string[] => [plan.operatorType.split('@')[0], ...plan.children.flatMap(operators)];

describe('query plans', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  beforeAll(async () => {
    running = await startSeededService();
  });
  afterAll(() => running.stop());

  it.each([
    ['anchored questions', ANCHORED_OPERATIONS, 15],
    ['dashboards with an anchoring filter', ANCHORED_DASHBOARD_OPERATIONS, 19],
    ["analysts' traversals, positions and searches", ANCHORED_ANALYST_OPERATIONS, 10],
  ])('scan no whole label for %s', async (_name, operations, atLeast) => {
    const run = await runInProcess(running.driver, operations);
    expect(run.result.errors).toBeUndefined();
    // Reads of one tick arrive combined: count and explain the reads, not the texts.
    const queries = new Map<string, Params>(run.queries.flatMap(({ cypher, params }) => separateReads(cypher, params)));
    expect(queries.size).toBeGreaterThan(atLeast);

    const scanning: string[] = [];
    const session = running.driver.session({ database: testConnection().database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const [cypher, params] of queries) {
        if (WHOLE_LISTS.some((pattern) => pattern.test(cypher))) continue;
        const summary = await session.run(`EXPLAIN ${cypher}`, toCypherParams(params) as Params).summary();
        const found = operators(summary.plan as unknown as PlanNode).filter((operator) => SCANS.has(operator));
        if (found.length > 0) scanning.push(`${found.join(', ')} in:${cypher.slice(0, 200)}`);
      }
    } finally {
      await session.close();
    }
    expect(scanning).toEqual([]);
  });
});
