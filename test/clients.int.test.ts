// What clients meet: a rate limit per client, and introspection and the IDE switched by configuration.
import type { RunningService } from '../src/service';
import { clearOfMinuteEnd, createKey, newKeyFile } from './helpers/keys';
import { graphql, startTestService } from './helpers/service';

const post = (service: RunningService, headers: Record<string, string> = {}) =>
  fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ stats { articles } }' }) });

describe('the rate limit', () => {
  const file = newKeyFile();
  const keys = { a: createKey(file, 'dashboard-a', 'dashboard'), b: createKey(file, 'dashboard-b', 'dashboard') };
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ RATE_LIMIT_PER_MINUTE: '3', ROLES: 'anonymous dashboard admin', API_KEYS_FILE: file });
  });
  afterAll(() => service.stop());

  it('answers 429 with Retry-After once a client is over its limit, counting each API key apart', async () => {
    await clearOfMinuteEnd();
    for (let i = 0; i < 3; i++) expect((await post(service, { 'x-api-key': keys.a })).status).toBe(200);
    const refused = await post(service, { 'x-api-key': keys.a });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await post(service, { 'x-api-key': keys.b })).status).toBe(200);
  });

  it('counts clients without a key by address', async () => {
    await clearOfMinuteEnd();
    for (let i = 0; i < 3; i++) expect((await post(service)).status).toBe(200);
    expect((await post(service)).status).toBe(429);
  });
});

describe('the rate limit behind a balancer (TRUST_PROXY=true)', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'true' });
  });
  afterAll(() => service.stop());

  it('counts each client by the last address of X-Forwarded-For, which the client cannot forge', async () => {
    await clearOfMinuteEnd();
    const from = (address: string) => post(service, { 'x-forwarded-for': address });
    for (let i = 0; i < 2; i++) expect((await from('203.0.113.1')).status).toBe(200);
    expect((await from('203.0.113.1')).status).toBe(429);
    // A forged first address changes nothing: the balancer's entry is the last.
    expect((await from('198.51.100.9, 203.0.113.1')).status).toBe(429);
    expect((await from('203.0.113.2')).status).toBe(200);
  });
});

describe('introspection and the IDE, switched off', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ INTROSPECTION: 'false', IDE_ENABLED: 'false' });
  });
  afterAll(() => service.stop());

  it('refuses introspection', async () => {
    const { body } = await graphql(service, '{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it('serves no IDE page: a browser’s GET reaches Apollo, which refuses it as a request without a query', async () => {
    const response = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('introspection and the IDE, by default', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.stop());

  it('answers introspection and serves the IDE page', async () => {
    expect((await graphql(service, '{ __schema { queryType { name } } }')).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('GraphiQL');
  });
});
