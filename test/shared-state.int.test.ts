// Two API processes (src/main.ts, as users run it) on one Redis (Debian's redis-server, started here): one limit
// per client across both, one answer cache, and Redis taken away under load and brought back, with no request
// failing and the limit shared again without a restart.
import { startThrowawayRedis, type ThrowawayRedis } from '../db/redis';
import { clearOfMinuteEnd, createKey, newKeyFile } from './helpers/keys';
import { reseedTestDatabase } from './helpers/seed';
import { spawnServer, type ServerProcess } from './helpers/server-process';

const STATS = '{ stats { articles } }';

const post = (server: ServerProcess, key: string, query = STATS, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers }, body: JSON.stringify({ query }) });

async function metric(server: ServerProcess, line: RegExp): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(text.match(line)?.[1] ?? 0);
}

/** Requests alternating between the two instances until one is refused: how many were answered 200. */
async function answeredBeforeRefusal(servers: ServerProcess[], key: string, atMost: number): Promise<number> {
  for (let i = 0; i < atMost; i++) {
    const response = await post(servers[i % servers.length], key);
    if (response.status === 429) return i;
    expect(response.status).toBe(200);
  }
  return atMost;
}

describe('two instances on one Redis', () => {
  const file = newKeyFile();
  let redis: ThrowawayRedis;
  let servers: ServerProcess[];
  beforeAll(async () => {
    await reseedTestDatabase();
    redis = await startThrowawayRedis();
    const env = { REDIS_URL: redis.url, API_KEYS_FILE: file, ANSWER_CACHE_MB: '8', NODE_ENV: 'production' };
    servers = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 120_000);
  afterAll(async () => {
    for (const server of servers ?? []) server.child.kill('SIGTERM');
    await redis?.stop();
  });

  it('holds a key to one limit across both instances', async () => {
    const key = createKey(file, 'shared-quota', 'dashboard', ['--per-minute', '10']);
    await new Promise((wait) => setTimeout(wait, 1_100)); // both instances re-read the key file
    await clearOfMinuteEnd();
    expect(await answeredBeforeRefusal(servers, key, 30)).toBe(10);
    const refused = await post(servers[1], key);
    expect(refused.status).toBe(429);
  });

  it('shares one answer cache: what one instance computed, the other answers without Neo4j', async () => {
    const key = createKey(file, 'cache-reader', 'dashboard');
    await new Promise((wait) => setTimeout(wait, 1_100));
    const query = '{ entity(id: "hamas") { id name } }';
    const first = await (await post(servers[0], key, query)).text();
    const redisHits = () => metric(servers[1], /^answer_cache_lookups_total\{outcome="hit",store="redis"\} (\d+)$/m);
    const [queriesBefore, hitsBefore] = [await metric(servers[1], /^neo4j_queries_total (\d+)$/m), await redisHits()];
    const second = await (await post(servers[1], key, query)).text();
    expect(second).toBe(first);
    expect(await redisHits()).toBe(hitsBefore + 1);
    expect(await metric(servers[1], /^neo4j_queries_total (\d+)$/m)).toBe(queriesBefore);
  });

  it('fails no request while Redis is away, and shares the limit again once it is back, without a restart', async () => {
    const key = createKey(file, 'under-load', 'dashboard', ['--per-minute', '1000000']);
    await new Promise((wait) => setTimeout(wait, 1_100));
    const statuses = new Map<number, number>();
    let running = true;
    const client = async (n: number) => {
      for (let i = 0; running; i++) {
        // Half the requests may be answered from the cache, half must reach Neo4j.
        const response = await post(servers[(n + i) % 2], key, `{ entity(id: "hamas") { id name } }`, i % 2 ? { 'cache-control': 'no-cache' } : {});
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    };
    const clients = Array.from({ length: 8 }, (_, n) => client(n));
    await new Promise((wait) => setTimeout(wait, 1_000));
    await redis.stop();
    await new Promise((wait) => setTimeout(wait, 2_000));
    for (const server of servers) expect(await metric(server, /^redis_up (\d+)$/m)).toBe(0);
    await redis.start();
    await new Promise((wait) => setTimeout(wait, 1_000));
    running = false;
    await Promise.all(clients);
    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(50);
    for (const server of servers) expect(await metric(server, /^redis_fallbacks_total\{operation="rate-limit"\} (\d+)$/m)).toBeGreaterThan(0);

    // Back: both instances use Redis again (reconnected by themselves) and count one limit together.
    const started = Date.now();
    while ((await metric(servers[0], /^redis_up (\d+)$/m)) + (await metric(servers[1], /^redis_up (\d+)$/m)) < 2 && Date.now() - started < 10_000) await new Promise((wait) => setTimeout(wait, 100));
    const again = createKey(file, 'after-outage', 'dashboard', ['--per-minute', '10']);
    await new Promise((wait) => setTimeout(wait, 1_100));
    await clearOfMinuteEnd();
    expect(await answeredBeforeRefusal(servers, again, 30)).toBe(10);
  }, 60_000);
});
