// The database going away under a running server, and coming back: the real Neo4j is stopped and restarted.
import { startLocalNeo4j, stopLocalNeo4j } from '../db/launcher';
import { loadConfig } from '../src/config';
import { startService, type RunningService } from '../src/service';
import { testConnection } from './helpers/neo4j';
import { graphql, startTestService } from './helpers/service';

const { localHome, uri, password } = testConnection();
// Stopping the database needs the launcher's own instance; with NEO4J_URI or Docker this test cannot stop it.
const onLocalRoute = localHome !== undefined ? describe : describe.skip;

const status = async (service: RunningService, path: string) => (await fetch(`${service.url}${path}`)).status;

onLocalRoute('a Neo4j outage', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ NEO4J_QUERY_TIMEOUT_MS: '2000' });
  });
  afterAll(() => service.stop());

  it('fails queries fast with SERVICE_UNAVAILABLE while Neo4j is down, and serves again once it is back', async () => {
    expect(await status(service, '/readyz')).toBe(200);

    await stopLocalNeo4j(localHome as string);
    expect(await status(service, '/healthz')).toBe(200);
    expect(await status(service, '/readyz')).toBe(503);
    const started = Date.now();
    const { status: httpStatus, body } = await graphql(service, '{ stats { articles } }');
    const seconds = (Date.now() - started) / 1000;
    expect(httpStatus).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(seconds).toBeLessThan(10);

    await startLocalNeo4j({ home: localHome as string, port: Number(new URL(uri).port), password, heap: '512m', pageCache: '64m' });
    expect(await status(service, '/readyz')).toBe(200);
    const again = await graphql(service, '{ stats { articles } }');
    expect(again.body.errors).toBeUndefined();
  }, 120_000);
});

onLocalRoute('a server started while Neo4j is down', () => {
  it('starts, answers /healthz, and becomes ready without a restart', async () => {
    await stopLocalNeo4j(localHome as string);
    const service = await startService(loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent' }), testConnection());
    try {
      expect(await status(service, '/healthz')).toBe(200);
      expect(await status(service, '/readyz')).toBe(503);
      await startLocalNeo4j({ home: localHome as string, port: Number(new URL(uri).port), password, heap: '512m', pageCache: '64m' });
      await service.ready;
      expect(await status(service, '/readyz')).toBe(200);
      expect((await graphql(service, '{ stats { articles } }')).body.errors).toBeUndefined();
    } finally {
      await service.stop();
    }
  }, 120_000);
});
