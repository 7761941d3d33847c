// `npm run bench:access [-- --seconds 10 --repeats 3 --connections 10]`: what an API key and a shared Redis cost a
// request, and what two instances on one Redis serve together, measured in one run against a throwaway Neo4j
// holding the 1,000-article synthetic corpus. Every request refuses the answer cache (so each reaches the gate,
// the resolvers and Neo4j), with the key's own quota too high to be reached. Writes bench/ACCESS.md.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { newKey, writeKeyFile } from '../src/access/api-keys';
import { loadConfig } from '../src/config';
import { exampleOperations } from '../src/http/examples';
import { createDriver, Executor } from '../src/neo4j/executor';
import { SetupError } from '../src/neo4j/setup-error';
import { REPOSITORY_ROOT } from '../src/repository-root';
import { freePort } from '../db/launcher';
import { obtainNeo4j } from '../db/obtain';
import { startThrowawayRedis } from '../db/redis';
import { loadSyntheticCorpus } from '../seed/synthetic-load';
import { startProcess } from './processes';
import { usageOf, usedBetween } from './usage';

const argument = (flag: string, fallback: number) => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const SECONDS = argument('--seconds', 10);
const REPEATS = argument('--repeats', 3);
const CONNECTIONS = argument('--connections', 10);
const ARTICLES = 1_000;

interface Instance {
  base: string;
  process: ChildProcess;
}

interface Variant {
  name: string;
  /** The instances the connections are spread over, and the headers each request carries. */
  instances: Instance[];
  headers: Record<string, string>;
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU of the API processes and of Redis per request answered, µs. */
  apiCpuUs: number;
  redisCpuUs: number;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const cpuMs = (pid: number | undefined, since: ReturnType<typeof usageOf>) => {
  const used = usedBetween(since, usageOf(pid));
  return used ? used.userMs + used.systemMs : 0;
};

async function measure(variant: Variant, body: string, redisPid: number | undefined): Promise<Run> {
  const before = variant.instances.map((instance) => usageOf(instance.process.pid));
  const redisBefore = usageOf(redisPid);
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-cache, no-store', ...variant.headers };
  const results = await Promise.all(
    variant.instances.map((instance) => autocannon({ url: `${instance.base}/graphql`, method: 'POST', headers, body, connections: CONNECTIONS / variant.instances.length, duration: SECONDS })),
  );
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  const apiMs = variant.instances.reduce((sum, instance, i) => sum + cpuMs(instance.process.pid, before[i]), 0);
  return {
    requestsPerSecond: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: median(results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.errors + result.non2xx + result.timeouts, 0),
    apiCpuUs: (apiMs * 1000) / Math.max(1, requests),
    redisCpuUs: (cpuMs(redisPid, redisBefore) * 1000) / Math.max(1, requests),
  };
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? '1g', NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? '512m' });
  if (config.neo4jUri) throw new SetupError(`NEO4J_URI is set (${config.neo4jUri}): this benchmark loads its corpus into a throwaway local Neo4j; unset it.`);
  const neo4j = await obtainNeo4j(config, { throwaway: true, log: (line) => console.log(line) });
  const redis = await startThrowawayRedis();
  const driver = createDriver(neo4j);
  const instances: ChildProcess[] = [];
  try {
    await loadSyntheticCorpus(new Executor(driver, { database: neo4j.database, queryTimeoutMs: 600_000 }), { articles: ARTICLES, seed: 42 }, process.stderr);
    const keysFile = join(mkdtempSync(join(tmpdir(), 'bench-keys-')), 'api-keys.json');
    const { key, record } = newKey('bench-dashboard', 'dashboard', 1_000_000_000);
    writeKeyFile(keysFile, [record]);
    const start = async (env: Record<string, string>): Promise<Instance> => {
      const port = await freePort();
      const environment = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000000', API_KEYS_FILE: keysFile, ...env };
      const child = await startProcess('src/main.js', [], environment, 'Neo4j is ready');
      instances.push(child);
      return { base: `http://127.0.0.1:${port}`, process: child };
    };
    const alone = await start({});
    const [shared, second] = [await start({ REDIS_URL: redis.url }), await start({ REDIS_URL: redis.url })];
    const withKey = { 'x-api-key': key };
    const variants: Variant[] = [
      { name: 'anonymous, memory', instances: [alone], headers: {} },
      { name: 'API key, memory', instances: [alone], headers: withKey },
      { name: 'API key, Redis', instances: [shared], headers: withKey },
      { name: 'API key, Redis, two instances', instances: [shared, second], headers: withKey },
    ];
    const operations = [
      ['{ __typename } (the request path alone)', JSON.stringify({ query: '{ __typename }' })],
      ['DashboardStats (a dashboard’s question)', JSON.stringify({ query: exampleOperations().get('DashboardStats'), operationName: 'DashboardStats' })],
    ] as const;
    const lines = [
      '# What keys and a shared Redis cost a request',
      '',
      `\`npm run bench:access -- --seconds ${SECONDS} --repeats ${REPEATS} --connections ${CONNECTIONS}\`, ${new Date().toISOString().slice(0, 10)}: ${ARTICLES.toLocaleString('en')} synthetic articles, every request past the answer cache, ${CONNECTIONS} connections (spread over the instances), medians of ${REPEATS} rotated repeats; CPU per request answered. On a 2-core machine shared with Neo4j: the two-instance row shows what one Redis shares, not a doubling. Redis's CPU includes its idle work (its timers), spread over the requests of the run: the rows that do not use it show that floor.`,
      '',
    ];
    for (const [label, body] of operations) {
      for (const variant of variants) await measure(variant, body, redis.pid); // warm up
      const runs = new Map<string, Run[]>(variants.map((variant) => [variant.name, []]));
      for (let repeat = 0; repeat < REPEATS; repeat++) {
        for (const variant of variants.map((_, i) => variants[(i + repeat) % variants.length])) runs.get(variant.name)?.push(await measure(variant, body, redis.pid));
      }
      const combined = variants.map((variant) => {
        const r = runs.get(variant.name) as Run[];
        return { name: variant.name, rps: median(r.map((x) => x.requestsPerSecond)), p50: median(r.map((x) => x.p50)), p99: median(r.map((x) => x.p99)), errors: r.reduce((s, x) => s + x.errors, 0), apiCpuUs: median(r.map((x) => x.apiCpuUs)), redisCpuUs: median(r.map((x) => x.redisCpuUs)) };
      });
      const [base] = combined;
      lines.push(`## ${label}`, '', '| variant | req/s | p50 ms | p99 ms | errors | API CPU µs/request | vs anonymous | Redis CPU µs/request |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const row of combined) {
        const delta = row.apiCpuUs - base.apiCpuUs;
        lines.push(`| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.apiCpuUs.toFixed(0)} | ${row === base ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(0)}`} | ${row.redisCpuUs.toFixed(1)} |`);
        console.log(`${label.padEnd(42)} ${row.name.padEnd(32)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  API ${row.apiCpuUs.toFixed(0)} µs/req  Redis ${row.redisCpuUs.toFixed(1)} µs/req  errors ${row.errors}`);
      }
      lines.push('');
    }
    writeFileSync(join(REPOSITORY_ROOT, 'bench', 'ACCESS.md'), `${lines.join('\n')}\n`);
    console.log('wrote bench/ACCESS.md');
  } finally {
    for (const child of instances) child.kill('SIGTERM');
    await redis.stop();
    await driver.close();
    await neo4j.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
