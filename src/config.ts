// Every setting of the service, declared once with its environment variable, default and meaning, and
// validated at start: a bad value stops the process with a message naming the variable and what it accepts.
import { resolve } from 'node:path';
import { SetupError } from './neo4j/setup-error';
import { REPOSITORY_ROOT } from './repository-root';

interface Setting<T> {
  env: string;
  doc: string;
  /** undefined: the setting is optional and has no value unless the variable is set. */
  default: string | undefined;
  parse: (raw: string) => T;
}

const text = (raw: string) => raw;

const port = (raw: string): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error('a TCP port number from 0 to 65535');
  return value;
};

const positiveInteger = (raw: string): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error('a whole number of 1 or more');
  return value;
};

const wholeNumber = (raw: string): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error('a whole number of 0 or more');
  return value;
};

const flag = (raw: string): boolean => {
  if (!['true', 'false'].includes(raw)) throw new Error('true or false');
  return raw === 'true';
};

const memorySize = (raw: string): string => {
  if (!/^\d+[kmg]$/i.test(raw)) throw new Error('a size such as 512m or 1g');
  return raw;
};

const oneOf =
  <T extends string>(...allowed: T[]) =>
  (raw: string): T => {
    if (!allowed.includes(raw as T)) throw new Error(`one of ${allowed.join(', ')}`);
    return raw as T;
  };

const originList = (raw: string): string[] => {
  const origins = raw.split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`origins such as https://dashboard.example.org, separated by commas; "${origin}" is not one`);
  }
  return origins;
};

/** One role of ROLES: its name, and the ceilings it sets itself (the others are the global settings'). */
export interface RoleSpec {
  name: string;
  perMinute?: number;
  cost?: number;
  depth?: number;
  aliases?: number;
  /** Only operations registered beforehand (schema/examples.graphql, REGISTERED_OPERATIONS_FILE) may run. */
  registeredOnly?: boolean;
}

const ROLE_LIMIT_NAMES = { rate: 'perMinute', cost: 'cost', depth: 'depth', aliases: 'aliases' } as const;

/** `anonymous dashboard:rate=6000,registered-only admin:rate=60000,cost=500000`: roles apart by spaces. */
const roleList = (raw: string): RoleSpec[] => {
  const roles = raw.trim().split(/\s+/).map((entry): RoleSpec => {
    const [name, settings = ''] = entry.split(':', 2);
    if (!/^[a-z][a-z0-9_-]{0,31}$/.test(name)) throw new Error(`roles named with lower-case letters, digits, - and _; "${name}" is not one`);
    const role: RoleSpec = { name };
    for (const setting of settings.split(',').filter(Boolean)) {
      if (setting === 'registered-only') {
        role.registeredOnly = true;
        continue;
      }
      const [limit, value] = setting.split('=');
      const field = ROLE_LIMIT_NAMES[limit as keyof typeof ROLE_LIMIT_NAMES];
      if (!field || !/^[1-9]\d*$/.test(value ?? '')) throw new Error(`role settings rate=N, cost=N, depth=N, aliases=N (N a whole number of 1 or more) or registered-only; "${setting}" of role ${name} is not one`);
      role[field] = Number(value);
    }
    return role;
  });
  const names = roles.map((role) => role.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`each role once; ${repeated} is given twice`);
  return roles;
};

const redisUrl = (raw: string): string => {
  if (!/^rediss?:\/\/[^\s]+$/.test(raw)) throw new Error('a URL such as redis://127.0.0.1:6379');
  return raw;
};

/** The settings table; README's configuration section mirrors it. */
export const SETTINGS = {
  nodeEnv: { env: 'NODE_ENV', default: 'development', parse: oneOf('development', 'production', 'test'), doc: 'production hides error details from clients' },
  logLevel: { env: 'LOG_LEVEL', default: 'info', parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'), doc: 'pino log level; one JSON line per request at info' },
  shutdownGraceMs: { env: 'SHUTDOWN_GRACE_MS', default: '10000', parse: positiveInteger, doc: 'on SIGTERM, how long in-flight requests may finish before their connections are closed' },
  host: { env: 'HOST', default: '127.0.0.1', parse: text, doc: 'address the HTTP server listens on' },
  port: { env: 'PORT', default: '4000', parse: port, doc: 'HTTP port of /graphql, /healthz and /readyz (0 picks a free one)' },
  corsOrigins: { env: 'CORS_ORIGINS', default: '', parse: originList, doc: 'comma-separated origins allowed to call /graphql from a browser (empty: same origin only)' },
  rateLimitPerMinute: { env: 'RATE_LIMIT_PER_MINUTE', default: '600', parse: positiveInteger, doc: 'GraphQL requests a client may make per minute (a key, else an address), unless its role or key says otherwise; over it: 429 with Retry-After' },
  roles: { env: 'ROLES', default: 'anonymous dashboard:rate=6000 admin:rate=60000,cost=500000,depth=20,aliases=50', parse: roleList, doc: 'the roles, apart by spaces, each name:setting,…; settings rate=N, cost=N, depth=N, aliases=N (else the global setting) and registered-only' },
  anonymousRole: { env: 'ANONYMOUS_ROLE', default: 'anonymous', parse: text, doc: 'the role of a request without X-API-Key (one of ROLES)' },
  adminRole: { env: 'ADMIN_ROLE', default: 'admin', parse: text, doc: 'the role that may read /metrics when METRICS_ACCESS=admin (one of ROLES)' },
  anonymousAccess: { env: 'ANONYMOUS_ACCESS', default: 'true', parse: flag, doc: 'answer requests without X-API-Key (as ANONYMOUS_ROLE); false: 401' },
  apiKeysFile: { env: 'API_KEYS_FILE', default: resolve(REPOSITORY_ROOT, '.keys', 'api-keys.json'), parse: (raw: string) => resolve(raw), doc: 'the API keys (hashed), written by npm run keys and re-read within a second of a change' },
  metricsAccess: { env: 'METRICS_ACCESS', default: 'open', parse: oneOf('open', 'admin'), doc: 'who may read /metrics: anybody, or only keys of ADMIN_ROLE' },
  registeredOperationsFile: { env: 'REGISTERED_OPERATIONS_FILE', default: undefined, parse: (raw: string) => resolve(raw), doc: 'a .graphql file of named operations registered beside schema/examples.graphql (for registered-only roles, and HTTP caching)' },
  httpCacheMaxAgeSeconds: { env: 'HTTP_CACHE_MAX_AGE', default: '5', parse: wholeNumber, doc: 'max-age of the Cache-Control of a GET answer to a registered operation (it also carries an ETag)' },
  trustProxy: { env: 'TRUST_PROXY', default: 'false', parse: flag, doc: "behind a balancer: count a client by the last address of X-Forwarded-For (the balancer's view of it), not by the balancer's own address" },
  redisUrl: { env: 'REDIS_URL', default: undefined, parse: redisUrl, doc: 'a Redis shared by all instances: rate limits and the answer cache; unset: each instance keeps them in memory' },
  introspection: { env: 'INTROSPECTION', default: 'true', parse: flag, doc: 'answer schema introspection queries (the IDE needs them)' },
  ideEnabled: { env: 'IDE_ENABLED', default: 'true', parse: flag, doc: 'serve GraphiQL at GET /graphql' },
  queryMaxDepth: { env: 'QUERY_MAX_DEPTH', default: '12', parse: positiveInteger, doc: 'deepest selection an operation may have' },
  queryMaxAliases: { env: 'QUERY_MAX_ALIASES', default: '20', parse: positiveInteger, doc: 'most aliases in one operation' },
  queryMaxTokens: { env: 'QUERY_MAX_TOKENS', default: '3000', parse: positiveInteger, doc: 'most tokens in one document' },
  queryMaxDirectives: { env: 'QUERY_MAX_DIRECTIVES', default: '20', parse: positiveInteger, doc: 'most directives in one operation' },
  queryMaxCost: { env: 'QUERY_MAX_COST', default: '50000', parse: positiveInteger, doc: 'highest cost of an operation, from its list sizes (first, limit, depth) once variables are known' },
  answerCacheMb: { env: 'ANSWER_CACHE_MB', default: '32', parse: wholeNumber, doc: 'memory for whole answers to repeated GraphQL requests, keyed by corpus version (0: no cache, in memory or in Redis)' },
  graphqlExecutor: { env: 'GRAPHQL_EXECUTOR', default: 'jit', parse: oneOf('jit', 'graphql-js'), doc: 'jit: graphql-jit compiles an operation once it has been asked for GRAPHQL_JIT_AFTER_USES times and runs it from then on; graphql-js: graphql-js executes every operation' },
  graphqlJitAfterUses: { env: 'GRAPHQL_JIT_AFTER_USES', default: '2', parse: positiveInteger, doc: 'uses of an operation before graphql-jit compiles it (compiling costs milliseconds; an operation asked for once runs through graphql-js)' },
  bodyLimitBytes: { env: 'BODY_LIMIT_BYTES', default: '102400', parse: positiveInteger, doc: 'largest request body; larger ones get 413' },
  neo4jUri: { env: 'NEO4J_URI', default: undefined, parse: text, doc: 'an existing Neo4j (bolt:// or neo4j://); unset: Docker, else the local JVM launcher' },
  neo4jUser: { env: 'NEO4J_USER', default: 'neo4j', parse: text, doc: 'Neo4j user' },
  neo4jPassword: { env: 'NEO4J_PASSWORD', default: 'knowledge-graph', parse: text, doc: 'Neo4j password; the local and Docker databases are created with it' },
  neo4jDatabase: { env: 'NEO4J_DATABASE', default: 'neo4j', parse: text, doc: 'Neo4j database name' },
  neo4jQueryTimeoutMs: { env: 'NEO4J_QUERY_TIMEOUT_MS', default: '5000', parse: positiveInteger, doc: 'transaction timeout of every Cypher query, in milliseconds' },
  requestDeadlineMs: { env: 'REQUEST_DEADLINE_MS', default: '15000', parse: positiveInteger, doc: 'time one GraphQL request may take; no Cypher query starts or runs past it' },
  neo4jPoolSize: { env: 'NEO4J_POOL_SIZE', default: '50', parse: positiveInteger, doc: 'most Neo4j connections the server holds at once' },
  localNeo4jPort: { env: 'NEO4J_LOCAL_PORT', default: '7687', parse: port, doc: 'bolt port of the local JVM Neo4j (127.0.0.1 only)' },
  localNeo4jHome: { env: 'NEO4J_LOCAL_HOME', default: resolve(REPOSITORY_ROOT, '.neo4j', 'local'), parse: (raw: string) => resolve(raw), doc: 'data, logs and state of the local JVM Neo4j' },
  localNeo4jHeap: { env: 'NEO4J_LOCAL_HEAP', default: '512m', parse: memorySize, doc: 'JVM heap of the local Neo4j' },
  localNeo4jPageCache: { env: 'NEO4J_LOCAL_PAGECACHE', default: '128m', parse: memorySize, doc: 'page cache of the local Neo4j' },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
export type Config = {
  readonly [K in keyof Settings]: Settings[K]['default'] extends string
    ? ReturnType<Settings[K]['parse']>
    : ReturnType<Settings[K]['parse']> | undefined;
};

/** Reads and validates every setting; reports all bad variables at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const given = env[setting.env];
    const raw = given === undefined || given === '' ? setting.default : given;
    if (raw === undefined) continue;
    try {
      config[key] = setting.parse(raw);
    } catch (error) {
      problems.push(`${setting.env}=${JSON.stringify(raw)} is not valid: expected ${(error as Error).message}.`);
    }
  }
  const roleNames = ((config.roles as RoleSpec[] | undefined) ?? []).map((role) => role.name);
  for (const key of ['anonymousRole', 'adminRole'] as const) {
    const name = config[key];
    if (typeof name === 'string' && config.roles && !roleNames.includes(name)) problems.push(`${SETTINGS[key].env}=${JSON.stringify(name)} is not valid: expected one of the roles of ROLES (${roleNames.join(', ')}).`);
  }
  if (problems.length > 0) throw new SetupError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return Object.freeze(config) as Config;
}
