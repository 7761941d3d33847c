// The answer cache: a repeated POST is answered without running it again, an answer with errors is never kept,
// a client can refuse the cache (Cache-Control), and a load that changes the graph empties it within a second.
import { seedDatabase } from '../seed/load';
import type { RunningService } from '../src/service';
import { seedDirWithoutCnn, testExecutor } from './helpers/seed';
import { startSeededService } from './helpers/service';

const QUERY = '{ stats { articles } }';

async function ask(service: RunningService, query: string, headers: Record<string, string> = {}): Promise<{ body: string; queries: number }> {
  const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { body: await response.text(), queries: await cypherQueries(service) };
}

async function metric(service: RunningService, line: RegExp): Promise<number> {
  const text = await (await fetch(`${service.url}/metrics`)).text();
  return Number(text.match(line)?.[1] ?? 0);
}

const cypherQueries = (service: RunningService) => metric(service, /^neo4j_queries_total (\d+)$/m);
const hits = (service: RunningService) => metric(service, /^answer_cache_lookups_total\{outcome="hit",store="memory"\} (\d+)$/m);

describe('the answer cache', () => {
  let seeded: Awaited<ReturnType<typeof startSeededService>>;
  beforeAll(async () => {
    seeded = await startSeededService({ ANSWER_CACHE_MB: '8' });
  });
  afterAll(() => seeded.stop());

  it('answers a repeated request from memory, running no Cypher for it', async () => {
    const first = await ask(seeded.service, QUERY);
    expect(JSON.parse(first.body)).toEqual({ data: { stats: { articles: 2 } } });
    const hitsBefore = await hits(seeded.service);
    const again = await ask(seeded.service, QUERY);
    expect(again.body).toBe(first.body);
    expect(again.queries).toBe(first.queries);
    expect(await hits(seeded.service)).toBe(hitsBefore + 1);
  });

  it('runs the request when the client says Cache-Control: no-cache', async () => {
    await ask(seeded.service, QUERY);
    const before = await cypherQueries(seeded.service);
    const fresh = await ask(seeded.service, QUERY, { 'cache-control': 'no-cache' });
    expect(fresh.queries).toBeGreaterThan(before);
  });

  it('never keeps an answer with errors', async () => {
    const refused = '{ statements(first: 100000) { totalCount } }';
    const first = await ask(seeded.service, refused);
    expect(JSON.parse(first.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const hitsBefore = await hits(seeded.service);
    await ask(seeded.service, refused);
    expect(await hits(seeded.service)).toBe(hitsBefore);
  });

  it('forgets every answer within a second of a load that changes the graph', async () => {
    expect(JSON.parse((await ask(seeded.service, QUERY)).body).data.stats.articles).toBe(2);
    await seedDatabase(testExecutor(seeded.driver), seedDirWithoutCnn());
    const committed = Date.now();
    let articles = 2;
    while (articles === 2 && Date.now() - committed < 2_000) {
      articles = JSON.parse((await ask(seeded.service, QUERY)).body).data.stats.articles;
      if (articles === 2) await new Promise((wait) => setTimeout(wait, 20));
    }
    expect(articles).toBe(1);
    expect(Date.now() - committed).toBeLessThan(1_000);
  });
});
