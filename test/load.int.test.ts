// A bounded load test: the example operations in a mix, at a fixed concurrency for a fixed time, against the
// real server (`src/main.ts` in a child process, as users run it) on 127.0.0.1. Requests must all succeed, and the
// server's memory must not grow beyond a stated bound. LOAD_SECONDS sets the length (CI: 5; `npm run load`: 60).
// Every request refuses the answer cache (Cache-Control: no-cache, no-store): the load reaches resolvers and Neo4j.
import autocannon from 'autocannon';
import { exampleOperations } from '../src/http/examples';
import { reseedTestDatabase } from './helpers/seed';
import { spawnServer, type ServerProcess } from './helpers/server-process';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const CONNECTIONS = 10;
/**
 * Resident memory may grow by at most this much over the run, after a 10 s warm-up. Measured here: V8 grows the
 * heap to a steady state of ~300-340 MB under this load within about a minute and stays there (5 rounds of 15 s:
 * 268, 294, 327, 336, 315 MB); a leak would keep growing past the bound on `npm run load`.
 */
const MEMORY_GROWTH_BOUND_MB = 160;
const WARM_UP_SECONDS = 10;

async function residentMegabytes(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\S+)$/m.exec(text)?.[1]) / 2 ** 20;
}

describe('under load', () => {
  let server: ServerProcess;
  let base: string;
  beforeAll(async () => {
    await reseedTestDatabase();
    server = await spawnServer({ LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '10000000', NODE_ENV: 'production' });
    base = server.url;
  });
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  const run = (seconds: number) => {
    let graphqlErrors = 0;
    const requests = [...exampleOperations()].map(([operationName, query]) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache, no-store' },
      body: JSON.stringify({ query, operationName }),
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors"')) graphqlErrors += 1;
      },
    }));
    return autocannon({ url: base, connections: CONNECTIONS, duration: seconds, requests }).then((result) => ({ result, graphqlErrors }));
  };

  it(`serves a mix of the example operations for ${SECONDS} s at ${CONNECTIONS} connections without an error or a leak`, async () => {
    await run(WARM_UP_SECONDS); // JIT, caches, pools
    const before = await residentMegabytes(base);
    const { result, graphqlErrors } = await run(SECONDS);
    const after = await residentMegabytes(base);
    const summary = {
      requests: result.requests.total,
      perSecond: result.requests.average,
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      graphqlErrors,
      rssBeforeMb: Math.round(before),
      rssAfterMb: Math.round(after),
    };
    console.log(`load: ${JSON.stringify(summary)}`);
    expect(result.requests.total).toBeGreaterThan(0);
    expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, graphqlErrors }).toEqual({ non2xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0 });
    expect(after - before).toBeLessThan(MEMORY_GROWTH_BOUND_MB);
  }, (WARM_UP_SECONDS + SECONDS + 60) * 1000);
});
