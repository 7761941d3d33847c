// The first slice end to end: the real service over HTTP against the real Neo4j.
import type { RunningService } from '../src/service';
import { loadConfig } from '../src/config';
import { seedIfEmpty } from '../seed/load';
import { startService } from '../src/service';
import { clearDatabase, testConnection, testDriver } from './helpers/neo4j';
import { graphql, startTestService } from './helpers/service';

describe('the service', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.stop());

  it('answers /healthz while the process is up', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('answers /readyz with 200 when Neo4j answers a query', async () => {
    const response = await fetch(`${service.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('reads the Neo4j version from the database through GraphQL', async () => {
    const { status, body } = await graphql<{ service: Record<string, string> }>(service, '{ service { apiVersion neo4jVersion neo4jEdition database } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.service).toEqual({ apiVersion: '0.1.0', neo4jVersion: expect.stringMatching(/^5\.26\.\d+$/), neo4jEdition: 'community', database: 'neo4j' });
  });
});

describe('the service under other settings', () => {
  it('answers CORS preflights (an API key among the headers) and POSTs for allowed origins only, exposing the headers a dashboard polls by', async () => {
    const service = await startTestService({ CORS_ORIGINS: 'https://dashboard.example.org' });
    try {
      const preflight = (origin: string) =>
        fetch(`${service.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' } });
      const allowedPreflight = await preflight('https://dashboard.example.org');
      expect(allowedPreflight.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      expect(allowedPreflight.headers.get('access-control-allow-headers')).toBe('content-type, x-api-key');
      expect((await preflight('https://elsewhere.example.com')).headers.get('access-control-allow-origin')).toBeNull();
      // The POST itself is served outside Express (src/http/graphql-handler.ts) and must say the same.
      const post = (origin: string) => fetch(`${service.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      const allowed = await post('https://dashboard.example.org');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      // What a polling dashboard reads: the corpus version, its ETag, its rate budget.
      expect(allowed.headers.get('access-control-expose-headers')).toBe('ETag,X-Corpus-Version,RateLimit,RateLimit-Policy,Retry-After,X-Request-Id');
      expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await post('https://elsewhere.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await service.stop();
    }
  });

  it('refuses a POST that is not JSON (a form a browser could send from any page) without running it', async () => {
    const service = await startTestService();
    try {
      const form = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
      expect(form.status).toBe(400);
      expect((await form.json()).data).toBeUndefined();
    } finally {
      await service.stop();
    }
  });

  it('sends only the message and the code of an error from a production server', async () => {
    const service = await startTestService({ NODE_ENV: 'production' });
    try {
      const { body } = await graphql(service, '{ neighborhood(id: "nobody") { nodes { id } } }');
      expect(body.errors).toEqual([{ message: 'No entity has the id "nobody".', extensions: { code: 'NOT_FOUND' } }]);
      const { body: invalid } = await graphql(service, '{ neighbourhood(id: "hamas") { nodes { id } } }');
      expect(invalid.errors?.[0]).toEqual({ message: expect.not.stringContaining('Did you mean'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    } finally {
      await service.stop();
    }
  });
});

describe('a service starting on an empty database', () => {
  it('says it is ready only once the graph is seeded', async () => {
    const driver = testDriver();
    await clearDatabase(driver);
    await driver.close();
    const service = await startService(loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent' }), testConnection(), { prepare: seedIfEmpty });
    try {
      let readyz = await fetch(`${service.url}/readyz`);
      for (let i = 0; i < 200 && readyz.status !== 200; i++) {
        expect(readyz.status).toBe(503);
        await new Promise((wait) => setTimeout(wait, 50));
        readyz = await fetch(`${service.url}/readyz`);
      }
      expect(readyz.status).toBe(200);
      const { body } = await graphql<{ stats: { articles: number } }>(service, '{ stats { articles } }');
      expect(body.data?.stats.articles).toBe(2);
      expect(await service.ready).toBe(true);
    } finally {
      await service.stop();
    }
  });
});
