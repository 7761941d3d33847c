// API keys made, used and revoked with the command users run; roles and their ceilings; registered-only roles;
// /metrics for admins; and HTTP caching of registered operations (ETag, 304, a new ETag after a load).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase } from '../seed/load';
import { exampleOperations } from '../src/http/examples';
import { sha256Hex } from '../src/http/operations';
import type { RunningService } from '../src/service';
import { clearOfMinuteEnd, createKey, keysCommand, newKeyFile } from './helpers/keys';
import { seedDirWithoutCnn, testExecutor } from './helpers/seed';
import { startSeededService, startTestService } from './helpers/service';

const STATS = '{ stats { articles } }';
const VIEWER = '{ viewer { name role limits { perMinute remaining cost depth aliases registeredOnly } } }';

async function post(service: RunningService, query: string, headers: Record<string, string> = {}, extensions?: object) {
  const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: query || undefined, extensions }) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

async function metric(service: RunningService, line: RegExp, headers: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${service.url}/metrics`, { headers })).text();
  return Number(text.match(line)?.[1] ?? 0);
}
const cypherQueries = (service: RunningService) => metric(service, /^neo4j_queries_total (\d+)$/m);

describe('API keys', () => {
  const file = newKeyFile();
  let service: RunningService;
  let stop: () => Promise<void>;
  let dashboardKey: string;
  let adminKey: string;
  beforeAll(async () => {
    dashboardKey = createKey(file, 'acme-dashboard', 'dashboard', ['--per-minute', '1000']);
    adminKey = createKey(file, 'operator', 'admin');
    ({ service, stop } = await startSeededService({ API_KEYS_FILE: file, ROLES: 'anonymous:depth=6 dashboard:cost=60 admin', RATE_LIMIT_PER_MINUTE: '1000' }));
  });
  afterAll(() => stop());

  it('tells a keyed client who it is, by the key’s name, role and limits (never the key)', async () => {
    const { body } = await post(service, VIEWER, { 'x-api-key': dashboardKey });
    expect(body.data?.viewer).toEqual({ name: 'acme-dashboard', role: 'dashboard', limits: { perMinute: 1000, remaining: 999, cost: 60, depth: 12, aliases: 20, registeredOnly: false } });
    expect(JSON.stringify(body)).not.toContain(dashboardKey);
    const anonymous = await post(service, VIEWER);
    expect(anonymous.body.data?.viewer).toMatchObject({ name: 'anonymous', role: 'anonymous', limits: { perMinute: 1000, depth: 6 } });
  });

  it('refuses an unknown key with 401 UNAUTHENTICATED before any Cypher runs, and a fresh random key on every request gets no fresh quota', async () => {
    const before = await cypherQueries(service);
    for (let i = 0; i < 20; i++) {
      const { status, headers, body } = await post(service, STATS, { 'x-api-key': `kg_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}` });
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toBe('X-API-Key');
      expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // A key with a known id but a wrong secret is as unknown.
    const wrongSecret = dashboardKey.slice(0, -4) + 'AAAA';
    expect((await post(service, STATS, { 'x-api-key': wrongSecret })).status).toBe(401);
    expect((await post(service, STATS, { 'x-api-key': 'anything at all' })).status).toBe(401);
    expect(await cypherQueries(service)).toBe(before);
    expect(await metric(service, /^http_refusals_total\{code="UNAUTHENTICATED"\} (\d+)$/m)).toBeGreaterThanOrEqual(22);
  });

  it('applies each role’s ceilings: the same operation passes one role and is refused for another', async () => {
    const costly = '{ entities(first: 50) { edges { node { id } } } }';
    expect((await post(service, costly)).body.errors).toBeUndefined();
    const refused = await post(service, costly, { 'x-api-key': dashboardKey });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
    expect(refused.body.errors?.[0].message).toMatch(/role dashboard/);
    const deep = '{ entity(id: "antony-blinken") { events { participants { entity { events { participants { entity { id } } } } } } } }';
    expect((await post(service, deep, { 'x-api-key': adminKey })).body.errors).toBeUndefined();
    const tooDeep = await post(service, deep);
    expect(tooDeep.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' });
  });

  it('counts a key’s own quota across requests, whatever address it comes from', async () => {
    const limited = createKey(file, 'tiny-quota', 'dashboard', ['--per-minute', '2']);
    await waitForKey(service, limited);
    await clearOfMinuteEnd();
    const statuses = [];
    for (let i = 0; i < 2; i++) statuses.push((await post(service, STATS, { 'x-api-key': limited })).status);
    const refused = await post(service, STATS, { 'x-api-key': limited });
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(2);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].message).toContain('tiny-quota');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a key within a second or two of `npm run keys -- revoke`', async () => {
    const key = createKey(file, 'short-lived', 'dashboard');
    await waitForKey(service, key);
    keysCommand(file, ['revoke', '--name', 'short-lived']);
    const revoked = Date.now();
    let status = 200;
    while (status !== 401 && Date.now() - revoked < 5_000) status = (await post(service, STATS, { 'x-api-key': key })).status;
    expect(status).toBe(401);
    expect(Date.now() - revoked).toBeLessThan(2_500);
    expect(keysCommand(file, ['list'])).toMatch(/short-lived .*REVOKED/);
  });
});

/** Keys are re-read within a second of the file changing: the first requests of a new key may still be 401. */
async function waitForKey(service: RunningService, key: string): Promise<void> {
  const started = Date.now();
  while ((await post(service, VIEWER, { 'x-api-key': key })).status === 401) {
    if (Date.now() - started > 3_000) throw new Error('a new key was not taken up within 3 s');
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

describe('the command that makes keys', () => {
  it('refuses bad input with a message naming it, and leaves the file as it was', () => {
    const file = newKeyFile();
    createKey(file, 'one', 'dashboard');
    const listed = keysCommand(file, ['list']);
    for (const [args, message] of [
      [['create', '--name', 'two', '--role', 'root'], /--role must be one of the roles of ROLES a key may have: dashboard, admin; "root" is not one/],
      [['create', '--name', 'two', '--role', 'anonymous'], /"anonymous" is not one/],
      [['create', '--name', 'one', '--role', 'dashboard'], /A key named "one" is in force already/],
      [['create', '--name', 'bad name', '--role', 'dashboard'], /is not a key name/],
      [['create', '--name', 'two', '--role', 'dashboard', '--per-minute', '0'], /--per-minute must be a whole number/],
      [['revoke', '--name', 'nobody'], /No key named "nobody" is in force/],
      [['rotate'], /"rotate" is not a command/],
    ] as const) {
      expect(() => keysCommand(file, [...args])).toThrow(message);
    }
    expect(keysCommand(file, ['list'])).toBe(listed);
  });
});

describe('access by role', () => {
  const file = newKeyFile();
  let service: RunningService;
  let keys: Record<string, string>;
  beforeAll(async () => {
    const roles = { ROLES: 'visitor dashboard kiosk:registered-only admin', ANONYMOUS_ROLE: 'visitor' };
    keys = { admin: createKey(file, 'ops', 'admin', [], roles), dashboard: createKey(file, 'wall', 'dashboard', [], roles), kiosk: createKey(file, 'lobby', 'kiosk', [], roles) };
    service = await startTestService({ API_KEYS_FILE: file, ...roles, ANONYMOUS_ACCESS: 'false', METRICS_ACCESS: 'admin' });
  });
  afterAll(() => service.stop());

  it('refuses requests without a key when anonymous access is off', async () => {
    const { status, body } = await post(service, STATS);
    expect(status).toBe(401);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('X-API-Key'), extensions: { code: 'UNAUTHENTICATED' } });
    expect((await post(service, STATS, { 'x-api-key': keys.dashboard })).status).toBe(200);
  });

  it('still serves the IDE page without a key (its queries then need one, set in its headers tab)', async () => {
    const page = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('shows /metrics to the admin role alone', async () => {
    expect((await fetch(`${service.url}/metrics`)).status).toBe(401);
    const forbidden = await fetch(`${service.url}/metrics`, { headers: { 'x-api-key': keys.dashboard } });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    const allowed = await fetch(`${service.url}/metrics`, { headers: { 'x-api-key': keys.admin } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/graphql_requests_total\{operation="\(anonymous\)",outcome="ok",client="wall"\} 1/);
  });

  it('lets a registered-only role run registered operations, by hash or by their exact text, and nothing else', async () => {
    const [name, text] = [...exampleOperations()][0];
    const byHash = await post(service, '', { 'x-api-key': keys.kiosk }, { persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } });
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors).toBeUndefined();
    const byText = await post(service, text, { 'x-api-key': keys.kiosk });
    expect(byText.body).toEqual(byHash.body);
    for (const query of [STATS, `${text} `, `# ${name}\n${text}`]) {
      const refused = await post(service, query, { 'x-api-key': keys.kiosk });
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0].extensions.code).toBe('OPERATION_NOT_REGISTERED');
    }
    // Other roles may send a registered operation's hash too, or anything else.
    expect((await post(service, '', { 'x-api-key': keys.dashboard }, { persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } })).body).toEqual(byHash.body);
  });
});

describe('HTTP caching of registered operations', () => {
  let seeded: Awaited<ReturnType<typeof startSeededService>>;
  const [name, text] = [...exampleOperations()].find(([operation]) => operation === 'DashboardStats') ?? [...exampleOperations()][0];
  // A header that no browser sends cross-site without CORS's preflight (Apollo's CSRF prevention asks for one).
  const get = (address: string, headers: Record<string, string> = {}) => fetch(address, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  const url = () => `${seeded.service.url}/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } }))}&operationName=${name}`;
  beforeAll(async () => {
    seeded = await startSeededService({ HTTP_CACHE_MAX_AGE: '30' });
  });
  afterAll(() => seeded.stop());

  const versionNow = async () => (await post(seeded.service, '{ dataVersion { id } }')).body.data?.dataVersion?.id as string;

  it('answers a GET with Cache-Control and an ETag of the corpus version, and If-None-Match with 304 and no work', async () => {
    await waitForVersion(seeded.service);
    const first = await get(url());
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=30');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(new RegExp(`^"${await versionNow()}\\.`));
    expect(first.headers.get('x-corpus-version')).toBe(await versionNow());
    expect((await first.json()).errors).toBeUndefined();
    const before = await cypherQueries(seeded.service);
    const again = await get(url(), { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect(await cypherQueries(seeded.service)).toBe(before);
  });

  it('gives no ETag to answers that are the caller’s own, or to unregistered operations', async () => {
    const viewer = await get(`${seeded.service.url}/graphql?query=${encodeURIComponent(VIEWER)}`);
    expect(viewer.status).toBe(200);
    expect(viewer.headers.get('etag')).toBeNull();
    const posted = await post(seeded.service, STATS);
    expect(posted.headers.get('etag')).toBeNull();
    expect(posted.headers.get('x-corpus-version')).toBe(await versionNow());
  });

  it('answers 200 with a new ETag within a second of a load that changes the graph', async () => {
    const etag = (await get(url())).headers.get('etag') as string;
    await seedDatabase(testExecutor(seeded.driver), seedDirWithoutCnn());
    const committed = Date.now();
    let answer = await get(url(), { 'if-none-match': etag });
    while (answer.status === 304 && Date.now() - committed < 3_000) {
      await new Promise((wait) => setTimeout(wait, 20));
      answer = await get(url(), { 'if-none-match': etag });
    }
    expect(answer.status).toBe(200);
    expect(Date.now() - committed).toBeLessThan(1_000);
    expect(answer.headers.get('etag')).not.toBe(etag);
    expect(answer.headers.get('etag')).toMatch(new RegExp(`^"${await versionNow()}\\.`));
  });
});

/** The service reads the corpus version within half a second of starting. */
async function waitForVersion(service: RunningService): Promise<void> {
  const started = Date.now();
  while ((await post(service, STATS)).headers.get('x-corpus-version') === null && Date.now() - started < 3_000) await new Promise((wait) => setTimeout(wait, 50));
}

describe('files read at start', () => {
  const written = (name: string, text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'access-files-')), name);
    writeFileSync(path, text);
    return path;
  };

  it('registers a dashboard’s own operations beside the examples, by hash', async () => {
    const text = 'query AcmeCounts {\n  stats {\n    articles\n  }\n}';
    const service = await startTestService({ REGISTERED_OPERATIONS_FILE: written('acme.graphql', `${text}\n`), ROLES: 'anonymous:registered-only dashboard admin' });
    try {
      const byHash = await post(service, '', {}, { persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } });
      expect(byHash.body.errors).toBeUndefined();
      expect(byHash.body.data).toEqual({ stats: { articles: expect.any(Number) } });
      expect((await post(service, STATS)).body.errors?.[0].extensions.code).toBe('OPERATION_NOT_REGISTERED');
    } finally {
      await service.stop();
    }
  });

  it.each([
    ['a key file that is not JSON', { API_KEYS_FILE: written('keys.json', '{ not json') }, /API_KEYS_FILE: .*keys\.json is not JSON/],
    ['a key file of another shape', { API_KEYS_FILE: written('keys.json', '{"keys": [{"id": "x"}]}') }, /API_KEYS_FILE: .*keys\.json is not an API key file: keys\.0\.id/],
    ['an operations file that does not parse', { REGISTERED_OPERATIONS_FILE: written('ops.graphql', 'query Broken {') }, /The registered operations of .*ops\.graphql cannot be read: Syntax Error/],
    ['an operation registered twice', { REGISTERED_OPERATIONS_FILE: written('ops.graphql', 'query DashboardStats { stats { articles } }') }, /The operation DashboardStats is registered twice/],
  ])('refuses to start with %s, naming it', async (_what, env, message) => {
    await expect(startTestService(env)).rejects.toThrow(message);
  });
});
