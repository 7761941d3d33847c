// A synthetic corpus loaded through the seed's chunked writes into the real Neo4j, and served by the API.
import type { Driver } from 'neo4j-driver';
import { countGraph } from '../seed/load';
import { loadSyntheticCorpus } from '../seed/synthetic-load';
import { clearDatabase, testDriver } from './helpers/neo4j';
import { testExecutor } from './helpers/seed';
import { graphql, startTestService } from './helpers/service';

describe('a synthetic corpus in Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
  });
  afterAll(() => driver.close());

  it('loads 300 articles, and loading them again changes no count', async () => {
    const first = await loadSyntheticCorpus(testExecutor(driver), { articles: 300, seed: 11, chunkSize: 100 });
    expect(first.records).toBeGreaterThan(5000);
    const counts = await countGraph(testExecutor(driver));
    expect(counts.labels.Article).toBe(300);
    await loadSyntheticCorpus(testExecutor(driver), { articles: 300, seed: 11, chunkSize: 100 });
    expect(await countGraph(testExecutor(driver))).toEqual(counts);
  });

  it('answers who met whom and the negotiations over it through the API', async () => {
    const service = await startTestService();
    try {
      const { body } = await graphql<{ events: { totalCount: number; edges: { node: { participants: { role: string }[] } }[] } }>(
        service,
        '{ events(type: NEGOTIATION, first: 5) { totalCount edges { node { participants { role } } } } }',
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.events.totalCount).toBe(300);
      expect(body.data?.events.edges[0].node.participants.map((p) => p.role).sort()).toEqual(['mediator', 'party', 'party']);
    } finally {
      await service.stop();
    }
  });
});
