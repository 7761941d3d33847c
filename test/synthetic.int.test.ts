// A synthetic corpus loaded through the seed's chunked writes into the real Neo4j, and served by the API.
import type { Driver } from 'neo4j-driver';
import { countGraph } from '../seed/load';
import { loadSyntheticCorpus } from '../seed/synthetic-load';
import { MET_WITH_EVENT_TYPES } from '../src/model';
import type { RunningService } from '../src/service';
import { clearDatabase, runCypher, testDriver } from './helpers/neo4j';
import { testExecutor } from './helpers/seed';
import { graphql, startTestService } from './helpers/service';

const CORPUS = { articles: 300, seed: 11, chunkSize: 100 };

describe('a synthetic corpus in Neo4j', () => {
  let driver: Driver;
  let service: RunningService;
  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    await loadSyntheticCorpus(testExecutor(driver), CORPUS);
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
    await driver.close();
  });

  it('holds every article, and loading it again changes no count', async () => {
    const counts = await countGraph(testExecutor(driver));
    expect(counts.labels.Article).toBe(CORPUS.articles);
    const again = await loadSyntheticCorpus(testExecutor(driver), CORPUS);
    expect(again.records).toBeGreaterThan(5000);
    expect(await countGraph(testExecutor(driver))).toEqual(counts);
  });

  it('answers whom the busiest actor met through the API, as Cypher counts them', async () => {
    const [busiest] = await runCypher(
      driver,
      `MATCH (me:Entity)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(other:Entity)
       WHERE ev.type IN $meetingTypes AND other <> me
       WITH me, collect(DISTINCT other.id) AS met ORDER BY size(met) DESC, me.id LIMIT 1
       RETURN me.id AS id, met`,
      { meetingTypes: MET_WITH_EVENT_TYPES },
    );
    const { body } = await graphql<{ entity: { metWith: { id: string }[] } }>(service, 'query($id: ID!) { entity(id: $id) { metWith { id } } }', { id: busiest.id });
    expect(body.errors).toBeUndefined();
    const met = busiest.met as string[];
    expect(met.length).toBeGreaterThan(10);
    expect(body.data?.entity.metWith.map((other) => other.id).sort()).toEqual([...met].sort());
  });

  it('answers the negotiations with their parties and mediator', async () => {
    const { body } = await graphql<{ events: { totalCount: number; edges: { node: { participants: { role: string }[] } }[] } }>(
      service,
      '{ events(type: NEGOTIATION, first: 5) { totalCount edges { node { participants { role } } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.events.totalCount).toBe(CORPUS.articles);
    for (const edge of body.data?.events.edges ?? []) expect(edge.node.participants.map((p) => p.role).sort()).toEqual(['mediator', 'party', 'party']);
  });
});
