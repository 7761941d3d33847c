// What operators see: a JSON log line per request, Prometheus metrics, and a clean stop on SIGTERM.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { RunningService } from '../src/service';
import { spawnServer } from './helpers/server-process';
import { startTestService } from './helpers/service';

describe('logs and metrics', () => {
  const lines: Record<string, unknown>[] = [];
  let service: RunningService;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    service = await startTestService({}, { logger: pino({ level: 'info' }, sink) });
  });
  afterAll(() => service.stop());

  const ask = (query: string, requestId: string) =>
    fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify({ query }) });

  it('logs each request with its id, caller, operation, outcome, duration and Cypher query count', async () => {
    const response = await ask('query Dashboard { stats { articles } }', 'request-42');
    expect(response.headers.get('x-request-id')).toBe('request-42');
    await ask('query Missing { path(from: "nobody", to: "hamas") { length } }', 'request-43');
    expect(lines).toContainEqual(expect.objectContaining({ requestId: 'request-42', client: 'anonymous', role: 'anonymous', operation: 'Dashboard', outcome: 'ok', durationMs: expect.any(Number), cypherQueries: 1 }));
    expect(lines).toContainEqual(expect.objectContaining({ requestId: 'request-43', operation: 'Missing', outcome: 'NOT_FOUND' }));
  });

  it('exposes requests by operation and outcome, latency, Cypher queries and sessions in use at /metrics', async () => {
    await ask('query Dashboard { stats { articles } }', 'request-44');
    const text = await (await fetch(`${service.url}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{operation="Dashboard",outcome="ok",client="anonymous"\} [2-9]/);
    expect(text).toMatch(/graphql_requests_total\{operation="Missing",outcome="NOT_FOUND",client="anonymous"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="Dashboard"\} [2-9]/);
    expect(text).toMatch(/neo4j_queries_total [1-9]/);
    expect(text).toMatch(/neo4j_sessions_in_use 0/);
  });
});

describe('stopping', () => {
  // NODE_ENV as users run it, not jest's "test": Apollo installs signal handlers of its own outside tests, and
  // those once kept the process from exiting.
  it.each(['SIGTERM', 'SIGINT'] as const)('stops on %s: closes the server and the driver, and exits 0', async (signal) => {
    const server = await spawnServer({ NODE_ENV: 'production' });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    server.child.kill(signal);
    const timeout = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
    expect(await server.exited).toBe(0);
    clearTimeout(timeout);
    expect(server.output()).toContain(`${signal}: stopping`);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  }, 30_000);
});
