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
  negotiations { id }
  path(from: "bill-burns", to: "guyana") { length }
  neighborhood(id: "hamas", depth: 2, limit: 50) { nodes { id } }
  article: articles { id }
  dataVersion { id }
}`;

/** Operators that read a whole label or every node: what an index or an anchored pattern should avoid. */
const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan']);
/** Lists of everything of a kind, which are scans by nature (and bounded by their LIMIT). */
const WHOLE_LISTS = [
  /MATCH \(a:Article\)\s+WITH a ORDER BY/,
  // One node by design (each load stamps it): its label scan reads that one node.
  /^MATCH \(v:DataVersion\) RETURN/,
];

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [plan.operatorType.split('@')[0], ...plan.children.flatMap(operators)];

describe('query plans', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  beforeAll(async () => {
    running = await startSeededService();
  });
  afterAll(() => running.stop());

  it('scan no whole label for anchored questions', async () => {
    const run = await runInProcess(running.driver, ANCHORED_OPERATIONS);
    expect(run.result.errors).toBeUndefined();
    const queries = new Map<string, Params>(run.queries.map(({ cypher, params }) => [cypher, params]));
    // Grouped reads of one tick arrive combined (one CALL per read): count the reads, not the texts.
    const reads = [...queries.keys()].reduce((count, cypher) => count + Math.max(1, cypher.split('RETURN collect({id: id, rows: rows})').length - 1), 0);
    expect(reads).toBeGreaterThan(15);

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
