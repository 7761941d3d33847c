// Starts, finds and stops a Neo4j Community server from its Maven Central jars, for machines without Docker.
// Neo4j's own entry point (CommunityEntryPoint) runs on a classpath that the machine's Maven resolves from
// db/pom.xml; the state of one instance (pid, port) lives in a folder of its own, so a second start finds it.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { join, resolve } from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { SetupError } from '../src/neo4j/setup-error';
import { REPOSITORY_ROOT } from '../src/repository-root';

export const NEO4J_USER = 'neo4j';
const POM = join(REPOSITORY_ROOT, 'db', 'pom.xml');
const NEO4J_INITIAL_PASSWORD = 'neo4j';
const MINIMUM_JAVA = 17;
const READY_TIMEOUT_MS = 180_000;
/** Named in full, so that Maven need not look the plugin prefix up online before it can say it is offline. */
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.7.0';

/** The JVM flags of Neo4j 5's default `server.jvm.additional`, which its own launcher would add. */
const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export interface LocalNeo4jOptions {
  /** Folder that holds this instance's data, logs and state; created when missing. */
  home: string;
  port: number;
  password: string;
  heap: string;
  pageCache: string;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** True when an instance started earlier was found running and answering. */
  reused: boolean;
}

interface InstanceState {
  pid: number;
  port: number;
}

const stateFile = (home: string) => join(home, 'instance.json');
const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const home = resolve(options.home);
  const running = await findRunning(home, options.password);
  if (running) return { ...running, reused: true };

  checkJava();
  await checkPortFree(options.port);
  const classpath = resolveClasspath();
  mkdirSync(join(home, 'logs'), { recursive: true });
  const firstBoot = !existsSync(join(home, 'data', 'databases'));

  const consoleLog = openSync(join(home, 'logs', 'console.log'), 'a');
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...NEO4J_JVM_FLAGS,
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      ...settings(home, options).flatMap((setting) => ['-c', setting]),
    ],
    { detached: true, stdio: ['ignore', consoleLog, consoleLog] },
  );
  closeSync(consoleLog);
  const pid = child.pid;
  if (pid === undefined) throw new SetupError('Could not start java for the local Neo4j.');
  child.unref();
  writeFileSync(stateFile(home), JSON.stringify({ pid, port: options.port } satisfies InstanceState));

  try {
    await waitUntilAnswering(home, pid, options.port, options.password, firstBoot);
  } catch (error) {
    killInstance(pid);
    rmSync(stateFile(home), { force: true });
    throw error;
  }
  return { uri: boltUri(options.port), pid, reused: false };
}

export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const state = readState(resolve(home));
  if (!state) return false;
  const stopped = isAlive(state.pid);
  if (stopped) {
    killInstance(state.pid);
    await waitFor(() => !isAlive(state.pid), 60_000, 'the local Neo4j to stop');
  }
  rmSync(stateFile(resolve(home)), { force: true });
  return stopped;
}

export async function localNeo4jStatus(
  home: string,
  password: string,
): Promise<{ running: false } | { running: true; uri: string; pid: number; answering: boolean }> {
  const state = readState(resolve(home));
  if (!state || !isAlive(state.pid)) return { running: false };
  const answering = (await tryQuery(state.port, NEO4J_USER, password)) === 'answered';
  return { running: true, uri: boltUri(state.port), pid: state.pid, answering };
}

/** A free TCP port on 127.0.0.1, for throwaway instances. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function settings(home: string, options: LocalNeo4jOptions): string[] {
  return [
    `server.bolt.listen_address=127.0.0.1:${options.port}`,
    'server.bolt.advertised_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.pagecache.size=${options.pageCache}`,
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${join(home, 'data')}`,
    `server.directories.logs=${join(home, 'logs')}`,
    `server.directories.run=${join(home, 'run')}`,
  ];
}

async function findRunning(home: string, password: string): Promise<Omit<LocalNeo4j, 'reused'> | undefined> {
  const state = readState(home);
  if (!state) return undefined;
  if (!isAlive(state.pid)) {
    rmSync(stateFile(home), { force: true });
    return undefined;
  }
  await waitUntilAnswering(home, state.pid, state.port, password, false);
  return { uri: boltUri(state.port), pid: state.pid };
}

function readState(home: string): InstanceState | undefined {
  try {
    return JSON.parse(readFileSync(stateFile(home), 'utf8')) as InstanceState;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killInstance(pid: number): void {
  try {
    // The instance was spawned detached, so it leads its own process group: signal the whole group.
    process.kill(-pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

export function checkJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new SetupError(`Java was not found on PATH (${probe.error.message}). Neo4j 5.26 needs Java ${MINIMUM_JAVA} or newer.`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MINIMUM_JAVA)) {
    throw new SetupError(
      `Java ${match ? match[1] : '(unknown version)'} is too old: Neo4j 5.26 needs Java ${MINIMUM_JAVA} or newer. ` +
        `Install OpenJDK ${MINIMUM_JAVA} (for example apt-get install openjdk-17-jre-headless) or point JAVA_HOME/PATH at one.`,
    );
  }
}

export async function checkPortFree(port: number): Promise<void> {
  await new Promise<void>((resolveCheck, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new SetupError(
              `Port ${port} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot listen there. ` +
                'Stop that program, or choose another port with NEO4J_LOCAL_PORT.',
            )
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolveCheck()));
  });
}

/**
 * The Neo4j classpath, resolved by Maven once per pom.xml content (and MAVEN_OPTS, which may move the local
 * repository) and cached, so later starts do not pay for Maven's own start-up.
 */
function resolveClasspath(): string {
  const key = createHash('sha256').update(readFileSync(POM)).update(process.env.MAVEN_OPTS ?? '').digest('hex').slice(0, 12);
  const cacheDir = join(REPOSITORY_ROOT, '.neo4j');
  const cache = join(cacheDir, `classpath-${key}.txt`);
  if (existsSync(cache)) {
    const cached = readFileSync(cache, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  mkdirSync(cacheDir, { recursive: true });
  const maven = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', POM, `${DEPENDENCY_PLUGIN}:build-classpath`, `-Dmdep.outputFile=${cache}`], {
    encoding: 'utf8',
  });
  if (maven.error) {
    throw new SetupError(`Maven (mvn) was not found on PATH (${maven.error.message}); it resolves Neo4j's jars from Maven Central.`);
  }
  if (maven.status !== 0) {
    // Debian's Maven colours its output even in batch mode: strip the escape codes before reading it.
    const output = stripVTControlCharacters(`${maven.stdout}\n${maven.stderr}`);
    const offline = /UnknownHost|Unknown host|Could not transfer|Connection refused|Network is unreachable|Temporary failure in name resolution|offline/i.test(output);
    const boilerplate = /^\[ERROR\] (To see the full|Re-run Maven|For more information|\[Help \d\])/;
    const errors = output.split('\n').filter((line) => line.startsWith('[ERROR]') && line.length > 8 && !boilerplate.test(line)).slice(0, 3);
    throw new SetupError(
      (offline
        ? 'Maven could not download Neo4j from Maven Central: the machine appears to be offline or the repository unreachable. ' +
          'Connect it (or configure a Maven mirror in ~/.m2/settings.xml), or use Docker or NEO4J_URI instead. '
        : 'Maven could not resolve Neo4j from db/pom.xml. ') +
        `Maven said:\n${errors.join('\n') || output.trim().split('\n').slice(-8).join('\n')}`,
    );
  }
  return readFileSync(cache, 'utf8').trim();
}

type QueryOutcome = 'answered' | 'unreachable' | 'unauthorized' | 'credentials-expired';

async function tryQuery(port: number, user: string, password: string): Promise<QueryOutcome> {
  const driver = neo4j.driver(boltUri(port), neo4j.auth.basic(user, password), { connectionTimeout: 2_000 });
  try {
    await driver.executeQuery('RETURN 1');
    return 'answered';
  } catch (error) {
    if (error instanceof Neo4jError) {
      if (error.code === 'Neo.ClientError.Security.CredentialsExpired') return 'credentials-expired';
      if (error.code === 'Neo.ClientError.Security.Unauthorized') return 'unauthorized';
    }
    return 'unreachable';
  } finally {
    await driver.close();
  }
}

/** On first boot Neo4j's user has the password `neo4j`, which must be changed before any other query. */
async function setInitialPassword(port: number, password: string): Promise<void> {
  const driver = neo4j.driver(boltUri(port), neo4j.auth.basic(NEO4J_USER, NEO4J_INITIAL_PASSWORD));
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: NEO4J_INITIAL_PASSWORD, new: password }, { database: 'system' });
  } finally {
    await driver.close();
  }
}

async function waitUntilAnswering(home: string, pid: number, port: number, password: string, firstBoot: boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new SetupError(`The local Neo4j exited during start-up. Last lines of ${join(home, 'logs')}:\n${tailOfLogs(home)}`);
    }
    const outcome = await tryQuery(port, NEO4J_USER, password);
    if (outcome === 'answered') return;
    if (outcome === 'unauthorized' && firstBoot && (await tryQuery(port, NEO4J_USER, NEO4J_INITIAL_PASSWORD)) === 'credentials-expired') {
      await setInitialPassword(port, password);
      continue;
    }
    if (outcome === 'unauthorized' || outcome === 'credentials-expired') {
      throw new SetupError(
        `The local Neo4j at ${boltUri(port)} rejected user "${NEO4J_USER}" with the password in NEO4J_PASSWORD. ` +
          `The password is fixed when its data folder (${join(home, 'data')}) is first created: ` +
          'set NEO4J_PASSWORD to that password, or run `npm run db:stop` and delete that folder to start afresh.',
      );
    }
    await sleep(250);
  }
  throw new SetupError(`The local Neo4j did not answer a query within ${READY_TIMEOUT_MS / 1000} s. Last log lines:\n${tailOfLogs(home)}`);
}

function tailOfLogs(home: string): string {
  return ['console.log', 'neo4j.log', 'debug.log']
    .map((name) => join(home, 'logs', name))
    .filter(existsSync)
    .map((file) => readFileSync(file, 'utf8').trim().split('\n').slice(-6).join('\n'))
    .filter(Boolean)
    .join('\n');
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new SetupError(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await sleep(100);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
