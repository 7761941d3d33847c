// `npm run bench [-- --sizes 1000,10000,100000 --seconds 10 --repeats 3 --connections 10 | --from bench/results.json]`: builds dist/, then for
// each corpus size loads a synthetic corpus into a throwaway Neo4j, starts each contender as compiled JavaScript
// in its own process on 127.0.0.1, measures every shape with autocannon (the contenders' order rotating, each
// measurement repeated), and writes bench/RESULTS.md and bench/scaling.svg (bench/report.ts, bench/chart.ts).
// Each size starts by deleting every node of the database: with NEO4J_URI set, it runs only when told that
// database is disposable (--disposable).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createDriver, Executor } from '../src/neo4j/executor';
import { SetupError } from '../src/neo4j/setup-error';
import { REPOSITORY_ROOT } from '../src/repository-root';
import { obtainNeo4j } from '../db/obtain';
import { freePort, localNeo4jStatus } from '../db/launcher';
import { loadSyntheticCorpus } from '../seed/synthetic-load';
import { SHAPES, type Shape, type Subjects } from './shapes';
import { scalingChart } from './chart';
import { capturedQueries, databaseHits } from './db-hits';
import { A, A_CACHED, B, C, report, SINGLE_CLIENT, type Measurement, type ReportOptions, type SizeResult } from './report';
import { startProcess } from './processes';
import { addUsage, usageOf, usedBetween, type Usage } from './usage';

const BENCH_DIR = join(REPOSITORY_ROOT, 'bench');
const WARM_UP_SECONDS = 2;

interface Options {
  sizes: number[];
  seconds: number;
  repeats: number;
  connections: number;
  /** The database NEO4J_URI points at may be emptied. */
  disposable: boolean;
  /** A results.json to write the report from, instead of measuring. */
  from?: string;
}

interface Contender {
  name: string;
  base: string;
  request: (shapeIndex: number, subjects: Subjects) => { path: string; body: string; headers?: Record<string, string> };
  process: ChildProcess;
  /** Where its process writes the Cypher it sends while capturing (bench/capture-queries.ts). */
  captureFile: string;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  return {
    sizes: (value('--sizes') ?? '1000,10000,100000').split(',').map(Number),
    seconds: Number(value('--seconds') ?? 10),
    repeats: Number(value('--repeats') ?? 3),
    connections: Number(value('--connections') ?? 10),
    disposable: argv.includes('--disposable'),
    from: value('--from'),
  };
}

/** One answer per contender, checked before anything is timed: a benchmark of errors or of different answers measures nothing. */
async function probe(contender: Contender, shapeIndex: number, subjects: Subjects): Promise<string[]> {
  const { path, body, headers } = contender.request(shapeIndex, subjects);
  const response = await fetch(`${contender.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${contender.name} fails ${SHAPES[shapeIndex].name}: ${response.status} ${text.slice(0, 300)}`);
  return answerDigest(JSON.parse(text), SHAPES[shapeIndex].compared ?? 'text');
}

/**
 * What an answer says, independent of how it is shaped: its distinct values, sorted: text (names, ids, titles,
 * quotes, roles) and whole numbers (counts, lengths), as the shape compares them. Enum-like values are left out,
 * since one contender says SUPPORTS where another has a `supporters` field; so are fractions (scores).
 */
function answerDigest(answer: unknown, compared: NonNullable<Shape['compared']>): string[] {
  const values = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (compared !== 'counts' && !/^[A-Z_]+$/.test(value)) values.add(value);
    } else if (typeof value === 'number') {
      if (compared !== 'text' && Number.isInteger(value)) values.add(`#${value}`);
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

/** The processes whose CPU a measurement splits: the contender's own, Neo4j's (when this machine runs it). */
interface Processes {
  own: ChildProcess;
  neo4jPid?: number;
}

/** One autocannon run, with what each process used during it. */
async function measureOnce(contender: Contender, processes: Processes, shapeIndex: number, subjects: Subjects, connections: number, seconds: number) {
  const { path, body, headers } = contender.request(shapeIndex, subjects);
  const request = { url: `${contender.base}${path}`, method: 'POST' as const, headers: { 'content-type': 'application/json', ...headers }, body };
  const before = { own: usageOf(processes.own.pid), neo4j: usageOf(processes.neo4jPid), self: selfUsage() };
  const result = await autocannon({ ...request, connections, duration: seconds });
  const used = { own: usedBetween(before.own, usageOf(processes.own.pid)), neo4j: usedBetween(before.neo4j, usageOf(processes.neo4jPid)), self: usedBetween(before.self, selfUsage()) };
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts, requests: result.requests.total, used };
}

function selfUsage(): Usage {
  const { user, system } = process.cpuUsage();
  return { userMs: user / 1000, systemMs: system / 1000, majorFaults: process.resourceUsage().majorPageFault, residentMb: process.memoryUsage.rss() / 2 ** 20 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Usage per request: CPU divided by the requests answered; faults and memory as they are. */
const perRequest = (usage: Usage | undefined, requests: number): Usage | undefined =>
  usage && { userMs: usage.userMs / Math.max(1, requests), systemMs: usage.systemMs / Math.max(1, requests), majorFaults: usage.majorFaults, residentMb: usage.residentMb };

/** The repeats of one contender's measurement of one shape, as one Measurement: medians, CPU per request. */
function combine(runs: Awaited<ReturnType<typeof measureOnce>>[]): Measurement {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const total = (pick: (run: (typeof runs)[number]) => Usage | undefined) => runs.reduce<Usage | undefined>((sum, run) => addUsage(sum, pick(run)), undefined);
  const self = total((run) => run.used.self);
  return {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    requests,
    cpu: self && { own: perRequest(total((run) => run.used.own), requests), neo4j: perRequest(total((run) => run.used.neo4j), requests), loadGenerator: perRequest(self, requests) as Usage },
  };
}

/** The contenders in the order this shape and repeat take them: rotated by both, so none always goes first. */
const rotated = <T>(items: T[], by: number) => items.map((_, i) => items[(i + by) % items.length]);

/**
 * Every contender answers every shape for a while before anything is timed: Neo4j plans each query text once and
 * the JVM and V8 compile hot code as it runs, and whoever is measured first would otherwise pay for all of it.
 */
async function warmUp(contenders: Contender[], processes: Map<string, Processes>, subjects: Subjects, options: Options): Promise<void> {
  for (const contender of contenders) {
    for (const index of SHAPES.keys()) await measureOnce(contender, processes.get(contender.name) as Processes, index, subjects, options.connections, WARM_UP_SECONDS);
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

/** What a run measured, as bench/results.json keeps it: enough to write the report again. */
interface Measured {
  report: ReportOptions;
  results: SizeResult[];
}

function writeReport({ report: options, results }: Measured): void {
  writeFileSync(join(BENCH_DIR, 'RESULTS.md'), report(results, options));
  writeFileSync(join(BENCH_DIR, 'scaling.svg'), scalingChart(results, [A, B, C, SINGLE_CLIENT]));
  console.log('\nwrote bench/RESULTS.md and bench/scaling.svg');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // `--from bench/results.json`: the report of a finished run written again (after a change to the report), nothing measured.
  if (options.from) return writeReport(JSON.parse(readFileSync(options.from, 'utf8')) as Measured);
  const config = loadConfig({ ...process.env, NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? '2g', NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? '2g' });
  if (config.neo4jUri && !options.disposable) {
    throw new SetupError(
      `NEO4J_URI is set (${config.neo4jUri}): the benchmark deletes every node of the database it measures. ` +
        'Unset NEO4J_URI to measure a throwaway local Neo4j, or add --disposable if that database may be emptied.',
    );
  }
  const neo4j = await obtainNeo4j(config, { throwaway: true, log: (line) => console.log(line) });
  const neo4jPid = neo4j.localHome ? await localNeo4jStatus(neo4j.localHome, neo4j.password).then((status) => (status.running ? status.pid : undefined)) : undefined;
  const driver = createDriver(neo4j);
  const executor = new Executor(driver, { database: neo4j.database, queryTimeoutMs: 600_000 });
  const connectionEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  const captureDir = mkdtempSync(join(tmpdir(), 'bench-capture-'));
  const results: SizeResult[] = [];
  try {
    const [versionRow] = await executor.read('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    for (const articles of options.sizes) {
      await clear(executor);
      console.log(`\n${articles} articles: loading…`);
      const load = await loadSyntheticCorpus(executor, { articles, seed: 42 }, process.stderr);
      console.log(`  ${load.records} records in ${load.seconds.toFixed(1)} s = ${Math.round(load.recordsPerSecond)} records/s`);
      const subjects = await pickSubjects(executor);
      const contenders = await startContenders(connectionEnv, subjects, captureDir);
      try {
        results.push(await measureSize(articles, load, subjects, contenders, { neo4jPid, driver, database: neo4j.database, captureDir }, options));
      } finally {
        for (const contender of contenders) contender.process.kill('SIGTERM');
      }
    }
    const pkg = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const versions = { 'neo4j-driver': pkg.dependencies['neo4j-driver'], '@apollo/server': pkg.dependencies['@apollo/server'], '@neo4j/graphql': pkg.devDependencies['@neo4j/graphql'] };
    const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
    const measured: Measured = { report: { command, seconds: options.seconds, repeats: options.repeats, connections: options.connections, neo4jVersion: versionRow.version as string, versions }, results };
    writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(measured, null, 2)}\n`);
    writeReport(measured);
  } finally {
    await driver.close();
    await neo4j.release();
  }
}

interface Database {
  neo4jPid?: number;
  driver: Driver;
  database: string;
  captureDir: string;
}

async function measureSize(articles: number, load: SizeResult['load'], subjects: Subjects, contenders: Contender[], db: Database, options: Options): Promise<SizeResult> {
  const processes = new Map(contenders.map((contender) => [contender.name, { own: contender.process, neo4jPid: db.neo4jPid }]));
  const measured = (contender: Contender, index: number, connections: number) => measureOnce(contender, processes.get(contender.name) as Processes, index, subjects, connections, options.seconds);
  const [api] = contenders;
  let apiResidentMb = 0;
  for (const index of SHAPES.keys()) await checkSameAnswers(contenders.filter((contender) => contender.name !== A_CACHED), index, subjects);
  await warmUp(contenders, processes, subjects, options);
  const shapes: SizeResult['shapes'] = {};
  for (const [index, shape] of SHAPES.entries()) {
    const runs = new Map<string, Awaited<ReturnType<typeof measureOnce>>[]>(contenders.map((contender) => [contender.name, []]));
    for (let repeat = 0; repeat < options.repeats; repeat++) {
      for (const contender of rotated(contenders, index + repeat)) {
        const run = await measured(contender, index, options.connections);
        runs.get(contender.name)?.push(run);
        if (contender.process === api.process) apiResidentMb = Math.max(apiResidentMb, usageOf(api.process.pid)?.residentMb ?? 0);
      }
    }
    shapes[shape.name] = Object.fromEntries([...runs].map(([name, repeats]) => [name, combine(repeats)]));
    shapes[shape.name][SINGLE_CLIENT] = combine([await measured(api, index, 1)]);
    for (const [name, m] of Object.entries(shapes[shape.name])) {
      console.log(`  ${shape.name.padEnd(42)} ${name.padEnd(22)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}`);
    }
  }
  return { articles, load, subjects, shapes, dbHits: await measureDatabaseHits(contenders, subjects, db), apiResidentMb };
}

/** Per shape and contender (cache off), the database hits of the Cypher it sends for one answer. */
async function measureDatabaseHits(contenders: Contender[], subjects: Subjects, db: Database): Promise<SizeResult['dbHits']> {
  const hits: SizeResult['dbHits'] = {};
  for (const [index, shape] of SHAPES.entries()) {
    hits[shape.name] = {};
    for (const contender of contenders.filter((candidate) => candidate.name !== A_CACHED)) {
      try {
        const queries = await capturedQueries(contender.process, contender.captureFile, () => probe(contender, index, subjects));
        hits[shape.name][contender.name] = await databaseHits(db.driver, db.database, queries);
      } catch (error) {
        console.log(`  database hits of ${contender.name} on ${shape.name}: not measured (${(error as Error).message.slice(0, 200)})`);
      }
    }
  }
  return hits;
}

/** Asked with these headers, this API neither answers from its cache nor fills it: the cache-off contender. */
const CACHE_OFF = { 'cache-control': 'no-cache, no-store' };

async function startContenders(connectionEnv: Record<string, string>, subjects: Subjects, captureDir: string): Promise<Contender[]> {
  const captureFile = (name: string) => join(captureDir, `${name}.jsonl`);
  const capture = (name: string) => ({ BENCH_CAPTURE_FILE: captureFile(name) });
  const apiPort = await freePort();
  const api = await startProcess('src/main.js', [], { ...connectionEnv, ...capture('api'), PORT: String(apiPort), NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', QUERY_MAX_COST: '1000000' }, 'Neo4j is ready');
  const connection = [connectionEnv.NEO4J_URI, connectionEnv.NEO4J_USER, connectionEnv.NEO4J_PASSWORD, connectionEnv.NEO4J_DATABASE];
  const libraryPort = await freePort();
  const library = await startProcess('bench/neo4j-graphql-server.js', [...connection, String(libraryPort)], { ...capture('library'), NODE_ENV: 'production' }, '@neo4j/graphql contender ready');
  const rawPort = await freePort();
  const raw = await startProcess('bench/raw-server.js', [...connection, String(rawPort), JSON.stringify(subjects)], { ...capture('raw'), NODE_ENV: 'production' }, 'raw contender ready');
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const apiRequest = (headers: Record<string, string>) => (i: number, s: Subjects) => ({ path: '/graphql', body: JSON.stringify({ query: SHAPES[i].graphql(s) }), headers });
  return [
    { name: A, base: apiBase, process: api, captureFile: captureFile('api'), request: apiRequest(CACHE_OFF) },
    { name: B, base: `http://127.0.0.1:${libraryPort}`, process: library, captureFile: captureFile('library'), request: (i, s) => ({ path: '/graphql', body: JSON.stringify({ query: SHAPES[i].neo4jGraphql(s) }) }) },
    { name: C, base: `http://127.0.0.1:${rawPort}`, process: raw, captureFile: captureFile('raw'), request: (i) => ({ path: `/${i}`, body: '{}' }) },
    { name: A_CACHED, base: apiBase, process: api, captureFile: captureFile('api'), request: apiRequest({}) },
  ];
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
