// `npm run bench [-- --sizes 1000,10000,100000 --seconds 10 --connections 10]`: for each corpus size, loads a
// synthetic corpus into a throwaway Neo4j, starts each contender in its own process on 127.0.0.1, measures every
// shape with autocannon, and writes bench/RESULTS.md and bench/scaling.svg. Each size starts by deleting every
// node of the database: with NEO4J_URI set, it runs only when told that database is disposable (--disposable).
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { createDriver, Executor } from '../src/neo4j/executor';
import { SetupError } from '../src/neo4j/setup-error';
import { obtainNeo4j } from '../db/obtain';
import { loadSyntheticCorpus, type LoadResult } from '../seed/synthetic-load';
import { freePort } from '../db/launcher';
import { SHAPES, type Subjects } from './shapes';
import { scalingChart } from './chart';
import packageJson from '../package.json';

const ROOT = resolve(__dirname, '..');
/** This API measured again with one connection: the latency one user sees, which the absolute targets are about. */
const SINGLE_CLIENT = 'this API, 1 connection';
const WARM_UP_SECONDS = 2;

interface Options {
  sizes: number[];
  seconds: number;
  connections: number;
  /** The database NEO4J_URI points at may be emptied. */
  disposable: boolean;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface SizeResult {
  articles: number;
  load: LoadResult;
  subjects: Subjects;
  /** shape name → contender → measurement */
  shapes: Record<string, Record<string, Measurement>>;
}

interface Contender {
  name: string;
  base: string;
  request: (shapeIndex: number, subjects: Subjects) => { path: string; body: string };
  process: ChildProcess;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  return {
    sizes: (value('--sizes') ?? '1000,10000,100000').split(',').map(Number),
    seconds: Number(value('--seconds') ?? 10),
    connections: Number(value('--connections') ?? 10),
    disposable: argv.includes('--disposable'),
  };
}

/** Starts a contender's process and waits until it says it is ready. */
async function startProcess(args: string[], env: NodeJS.ProcessEnv, readyWhen: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes(readyWhen)) ready();
    });
    child.on('exit', (code) => fail(new Error(`${args.join(' ')} exited with ${code}: ${output}`)));
  });
  return child;
}

/** One answer per contender, checked before anything is timed: a benchmark of errors or of different answers measures nothing. */
async function probe(contender: Contender, shapeIndex: number, subjects: Subjects): Promise<string[]> {
  const { path, body } = contender.request(shapeIndex, subjects);
  const response = await fetch(`${contender.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${contender.name} fails ${SHAPES[shapeIndex].name}: ${response.status} ${text.slice(0, 300)}`);
  return answerDigest(JSON.parse(text));
}

/**
 * What an answer says, independent of how it is shaped: its distinct text values (names, ids, titles, quotes,
 * roles), sorted. Enum-like values are left out, since one contender says SUPPORTS where another has a
 * `supporters` field.
 */
function answerDigest(answer: unknown): string[] {
  const values = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!/^[A-Z_]+$/.test(value)) values.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(answer);
  return [...values].sort();
}

async function checkSameAnswers(contenders: Contender[], shapeIndex: number, subjects: Subjects): Promise<void> {
  const [reference, ...others] = await Promise.all(contenders.map((contender) => probe(contender, shapeIndex, subjects)));
  if (reference.length === 0) throw new Error(`${SHAPES[shapeIndex].name}: the subjects give an empty answer`);
  others.forEach((digest, index) => {
    const missing = reference.filter((value) => !digest.includes(value));
    const extra = digest.filter((value) => !reference.includes(value));
    if (missing.length || extra.length) {
      throw new Error(`${contenders[index + 1].name} answers ${SHAPES[shapeIndex].name} differently from ${contenders[0].name}: missing ${JSON.stringify(missing.slice(0, 5))}, extra ${JSON.stringify(extra.slice(0, 5))}`);
    }
  });
}

async function measure(contender: Contender, shapeIndex: number, subjects: Subjects, connections: number, seconds: number): Promise<Measurement> {
  const { path, body } = contender.request(shapeIndex, subjects);
  const request = { url: `${contender.base}${path}`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
  const result = await autocannon({ ...request, connections, duration: seconds });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts };
}

/**
 * Every contender answers every shape for a while before anything is timed: Neo4j plans each query text once and
 * the JVM and V8 compile hot code as it runs, and whoever is measured first would otherwise pay for all of it.
 */
async function warmUp(contenders: Contender[], subjects: Subjects, options: Options): Promise<void> {
  for (const contender of contenders) {
    for (const index of SHAPES.keys()) await measure(contender, index, subjects, options.connections, WARM_UP_SECONDS);
  }
}

/** The busiest speaker among people with roles, another actor, the most-discussed negotiation. */
async function pickSubjects(executor: Executor): Promise<Subjects> {
  const [row] = await executor.read(`
    MATCH (p:Person)-[:SAID]->(s) WITH p, count(s) AS said ORDER BY said DESC LIMIT 1
    MATCH (n:Event {type: 'NEGOTIATION'}) WITH p, n, COUNT { (n)<-[:SUPPORTS|OPPOSES]-() } AS stances ORDER BY stances DESC LIMIT 1
    MATCH (o:Country) WHERE o.id <> p.id WITH p, n, o ORDER BY o.id LIMIT 1
    RETURN p.id AS person, p.name AS name, n.id AS negotiation, o.id AS other`);
  return row as unknown as Subjects;
}

async function clear(executor: Executor): Promise<void> {
  // Batches of deletions, each its own small transaction, so that a 100,000-article graph fits the heap.
  for (;;) {
    const [row] = await executor.write('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted');
    if ((row.deleted as number) === 0) return;
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig({ ...process.env, NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? '2g', NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? '2g' });
  if (config.neo4jUri && !options.disposable) {
    throw new SetupError(
      `NEO4J_URI is set (${config.neo4jUri}): the benchmark deletes every node of the database it measures. ` +
        'Unset NEO4J_URI to measure a throwaway local Neo4j, or add --disposable if that database may be emptied.',
    );
  }
  const neo4j = await obtainNeo4j(config, { throwaway: true, log: (line) => console.log(line) });
  const driver = createDriver(neo4j);
  const executor = new Executor(driver, { database: neo4j.database, queryTimeoutMs: 600_000 });
  const connectionEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  const results: SizeResult[] = [];
  try {
    const [versionRow] = await executor.read("CALL dbms.components() YIELD versions RETURN versions[0] AS version");
    for (const articles of options.sizes) {
      await clear(executor);
      console.log(`\n${articles} articles: loading…`);
      const load = await loadSyntheticCorpus(executor, { articles, seed: 42 }, process.stderr);
      console.log(`  ${load.records} records in ${load.seconds.toFixed(1)} s = ${Math.round(load.recordsPerSecond)} records/s`);
      const subjects = await pickSubjects(executor);
      const contenders = await startContenders(connectionEnv, subjects);
      try {
        const shapes: SizeResult['shapes'] = {};
        for (const index of SHAPES.keys()) await checkSameAnswers(contenders, index, subjects);
        await warmUp(contenders, subjects, options);
        for (const [index, shape] of SHAPES.entries()) {
          shapes[shape.name] = {};
          for (const contender of contenders) {
            const m = await measure(contender, index, subjects, options.connections, options.seconds);
            shapes[shape.name][contender.name] = m;
            console.log(`  ${shape.name.padEnd(42)} ${contender.name.padEnd(15)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}`);
          }
          const single = await measure(contenders[0], index, subjects, 1, options.seconds);
          shapes[shape.name][SINGLE_CLIENT] = single;
          console.log(`  ${shape.name.padEnd(42)} ${SINGLE_CLIENT.padEnd(15)} ${single.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${single.p50} ms  p99 ${single.p99} ms  errors ${single.errors}`);
        }
        results.push({ articles, load, subjects, shapes });
      } finally {
        for (const contender of contenders) contender.process.kill('SIGTERM');
      }
    }
    writeFileSync(resolve(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(resolve(__dirname, 'RESULTS.md'), report(results, options, versionRow.version as string));
    writeFileSync(resolve(__dirname, 'scaling.svg'), scalingChart(results));
    console.log('\nwrote bench/RESULTS.md, bench/scaling.svg and bench/results.json');
  } finally {
    await driver.close();
    await neo4j.release();
  }
}

async function startContenders(connectionEnv: Record<string, string>, subjects: Subjects): Promise<Contender[]> {
  const apiPort = await freePort();
  const api = await startProcess(['src/main.ts'], { ...connectionEnv, PORT: String(apiPort), NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', QUERY_MAX_COST: '1000000' }, 'Neo4j is ready');
  const connection = [connectionEnv.NEO4J_URI, connectionEnv.NEO4J_USER, connectionEnv.NEO4J_PASSWORD, connectionEnv.NEO4J_DATABASE];
  const libraryPort = await freePort();
  const library = await startProcess(['bench/neo4j-graphql-server.ts', ...connection, String(libraryPort)], { NODE_ENV: 'production' }, '@neo4j/graphql contender ready');
  const rawPort = await freePort();
  const raw = await startProcess(['bench/raw-server.ts', ...connection, String(rawPort), JSON.stringify(subjects)], {}, 'raw contender ready');
  return [
    { name: 'this API', base: `http://127.0.0.1:${apiPort}`, process: api, request: (i, s) => ({ path: '/graphql', body: JSON.stringify({ query: SHAPES[i].graphql(s) }) }) },
    { name: '@neo4j/graphql', base: `http://127.0.0.1:${libraryPort}`, process: library, request: (i, s) => ({ path: '/graphql', body: JSON.stringify({ query: SHAPES[i].neo4jGraphql(s) }) }) },
    { name: 'raw driver', base: `http://127.0.0.1:${rawPort}`, process: raw, request: (i) => ({ path: `/${i}`, body: '{}' }) },
  ];
}

const A = 'this API';
const B = '@neo4j/graphql';
const C = 'raw driver';

function report(results: SizeResult[], options: Options, neo4jVersion: string): string {
  const pkg = packageJson as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`${['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')}\` on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}. Node ${process.version}, Neo4j ${neo4jVersion}, neo4j-driver ${pkg.dependencies['neo4j-driver']}, @apollo/server ${pkg.dependencies['@apollo/server']}, @neo4j/graphql ${pkg.devDependencies['@neo4j/graphql']}.`,
    `Each shape: ${options.connections} connections for ${options.seconds} s with autocannon against 127.0.0.1, after every contender has answered every shape for ${WARM_UP_SECONDS} s; then this API again with 1 connection (the latency one user sees). Before timing, every contender's answer is checked to hold the same names, ids, titles and quotes.`,
    `Contenders, each in its own process on the same database: **a** this API (\`src/main.ts\`, NODE_ENV=production); **b** @neo4j/graphql over equivalent type definitions (\`bench/neo4j-graphql-server.ts\`); **c** the raw neo4j-driver running the best Cypher for the answer in a plain HTTP handler (\`bench/raw-server.ts\`). Questions: \`bench/shapes.ts\`.`,
    '',
    '![p50 by corpus size](scaling.svg)',
    '',
  ];
  for (const result of results) {
    lines.push(`## ${result.articles.toLocaleString('en')} articles`, '', `Load: ${result.load.records.toLocaleString('en')} records in ${result.load.seconds.toFixed(1)} s = **${Math.round(result.load.recordsPerSecond).toLocaleString('en')} records/s**.`, '');
    lines.push(
      '| shape | a req/s | a p50 | a p99 | b req/s | b p50 | b p99 | c req/s | c p50 | c p99 | errors a/b/c | **a/b req/s** | **a/c p50** | a p50, 1 conn. |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [shape, m] of Object.entries(result.shapes)) {
      const figures = [A, B, C].flatMap((name) => [m[name].requestsPerSecond.toFixed(0), m[name].p50, m[name].p99]);
      lines.push(`| ${shape} | ${figures.join(' | ')} | ${m[A].errors}/${m[B].errors}/${m[C].errors} | ${ratio(m[A].requestsPerSecond, m[B].requestsPerSecond)} | ${ratio(m[A].p50, m[C].p50)} | ${m[SINGLE_CLIENT].p50} |`);
    }
    lines.push('');
  }
  lines.push('## Targets', '', ...targets(results).map((target) => `- ${target}`), '');
  return `${lines.join('\n')}\n`;
}

const ratio = (numerator: number, denominator: number) => (denominator ? (numerator / denominator).toFixed(2) : '—');

/** Each of the issue's targets, checked against the figures: "holds" or "missed" with the shapes that miss it. */
function targets(results: SizeResult[]): string[] {
  const nested = new Set(SHAPES.filter((shape) => shape.nested).map((shape) => shape.name));
  const check = (label: string, miss: (shape: string, m: Record<string, Measurement>) => string | undefined) => {
    const misses = results.flatMap((result) =>
      Object.entries(result.shapes).flatMap(([shape, m]) => {
        const why = miss(shape, m);
        return why ? [`${shape} at ${result.articles.toLocaleString('en')} (${why})`] : [];
      }),
    );
    return `${label}: ${misses.length ? `**missed** by ${misses.join('; ')}` : '**holds**'}`;
  };
  const lines = [
    check('throughput at least equal to @neo4j/graphql on every shape', (_, m) => (m[A].requestsPerSecond < m[B].requestsPerSecond ? `a/b ${ratio(m[A].requestsPerSecond, m[B].requestsPerSecond)}` : undefined)),
    check('throughput at least 1.5 × @neo4j/graphql on the nested shapes', (shape, m) => (nested.has(shape) && m[A].requestsPerSecond < 1.5 * m[B].requestsPerSecond ? `a/b ${ratio(m[A].requestsPerSecond, m[B].requestsPerSecond)}` : undefined)),
    check('p50 within 1.5 × the raw driver on every shape', (_, m) => (m[A].p50 > 1.5 * m[C].p50 ? `a/c ${ratio(m[A].p50, m[C].p50)}` : undefined)),
  ];
  const largest = results.find((result) => result.articles === 100_000);
  if (largest) {
    for (const [shape, bound] of [['neighborhood depth 2 (limit 200)', 25], ['path between two actors', 50]] as const) {
      const p50 = largest.shapes[shape][SINGLE_CLIENT].p50;
      lines.push(`at 100,000 articles, p50 of ${shape} under ${bound} ms (1 connection): ${p50} ms, **${p50 < bound ? 'holds' : 'missed'}**`);
    }
  }
  const slow = results.filter((result) => result.load.recordsPerSecond < 20_000);
  lines.push(`load rate at least 20,000 records/s: ${slow.length ? `**missed** at ${slow.map((result) => `${result.articles.toLocaleString('en')} (${Math.round(result.load.recordsPerSecond).toLocaleString('en')}/s)`).join(', ')}` : '**holds**'}`);
  return lines;
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
