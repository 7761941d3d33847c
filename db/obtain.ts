// Finds a Neo4j to talk to, in one order for the server, the seed and the tests:
// NEO4J_URI when set; else a Docker engine that answers, through docker-compose.yml; else the local JVM launcher.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../src/config';
import type { Neo4jConnection } from '../src/neo4j/connection';
import { SetupError } from '../src/neo4j/setup-error';
import { REPOSITORY_ROOT } from '../src/repository-root';
import { freePort, NEO4J_USER, startLocalNeo4j, stopLocalNeo4j } from './launcher';

export interface ObtainedNeo4j extends Neo4jConnection {
  /** The launcher's folder, when the local JVM route started this database. */
  localHome?: string;
  /** Stops what was started for a throwaway database; a no-op for shared ones. */
  release(): Promise<void>;
}

export interface ObtainOptions {
  /** A fresh, empty database on a free port, removed by release(): for test runs. */
  throwaway?: boolean;
  /** Where progress lines go (the CLI prints them; tests keep them quiet). */
  log?: (line: string) => void;
}

const COMPOSE_FILE = join(REPOSITORY_ROOT, 'docker-compose.yml');
const noRelease = async () => undefined;

export async function obtainNeo4j(config: Config, options: ObtainOptions = {}): Promise<ObtainedNeo4j> {
  const log = options.log ?? (() => undefined);
  const credentials = { user: config.neo4jUser, password: config.neo4jPassword, database: config.neo4jDatabase };
  if (config.neo4jUri) {
    return { ...credentials, uri: config.neo4jUri, source: 'environment', release: noRelease };
  }
  const docker = dockerEngine();
  if (docker.answers) {
    log('Starting Neo4j with Docker Compose (docker-compose.yml)…');
    return { ...credentials, user: NEO4J_USER, ...(await startWithDocker(config, options.throwaway ?? false)) };
  }
  const missing = missingLocalTools();
  if (missing.length > 0) {
    throw new SetupError(
      'No Neo4j is available. NEO4J_URI is not set; no Docker engine answers ' +
        `(\`docker info\`: ${docker.reason}); and the local launcher needs ${missing.join(' and ')}, not found on PATH.\n` +
        'Fix one of these:\n' +
        '  1. point at an existing Neo4j 5: NEO4J_URI=bolt://host:7687 NEO4J_USER=… NEO4J_PASSWORD=…\n' +
        '  2. start a Docker engine, so that `docker info` answers (docker-compose.yml runs neo4j:5.26-community)\n' +
        '  3. install Java 17+ and Maven, so that the launcher in db/ can run Neo4j from Maven Central',
    );
  }
  if (options.throwaway) {
    const home = mkdtempSync(join(tmpdir(), 'neo4j-test-'));
    const local = await startLocalNeo4j({ ...localOptions(config), home, port: await freePort() });
    const release = async () => {
      await stopLocalNeo4j(home);
      rmSync(home, { recursive: true, force: true });
    };
    return { ...credentials, user: NEO4J_USER, uri: local.uri, source: 'local', localHome: home, release };
  }
  log(`Starting the local Neo4j (data in ${config.localNeo4jHome})…`);
  const local = await startLocalNeo4j(localOptions(config));
  return { ...credentials, user: NEO4J_USER, uri: local.uri, source: 'local', localHome: config.localNeo4jHome, release: noRelease };
}

function localOptions(config: Config) {
  return {
    home: config.localNeo4jHome,
    port: config.localNeo4jPort,
    password: config.neo4jPassword,
    heap: config.localNeo4jHeap,
    pageCache: config.localNeo4jPageCache,
  };
}

function dockerEngine(): { answers: true } | { answers: false; reason: string } {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 15_000 });
  if (info.error) return { answers: false, reason: (info.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no docker command' : info.error.message };
  if (info.status !== 0) return { answers: false, reason: (info.stderr.trim().split('\n').pop() ?? 'failed').slice(0, 200) };
  return { answers: true };
}

function missingLocalTools(): string[] {
  return [
    ['java', '-version', 'Java 17+'],
    ['mvn', '-v', 'Maven'],
  ]
    .filter(([command, flag]) => spawnSync(command, [flag]).error !== undefined)
    .map(([, , name]) => name);
}

/** Runs the compose file's neo4j service; a throwaway one gets its own project name, port and volume. */
async function startWithDocker(config: Config, throwaway: boolean): Promise<Pick<ObtainedNeo4j, 'uri' | 'source' | 'release'>> {
  const port = throwaway ? await freePort() : config.localNeo4jPort;
  const project = throwaway ? ['-p', `knowledge-graph-test-${process.pid}`] : [];
  const env = { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: config.neo4jPassword };
  const compose = (...args: string[]) => {
    const run = spawnSync('docker', ['compose', '-f', COMPOSE_FILE, ...project, ...args], { encoding: 'utf8', env });
    if (run.status !== 0) throw new SetupError(`\`docker compose ${args.join(' ')}\` failed:\n${run.stderr.trim()}`);
  };
  compose('up', '--detach', '--wait', 'neo4j');
  const release = throwaway ? async () => compose('down', '--volumes') : noRelease;
  return { uri: `bolt://127.0.0.1:${port}`, source: 'docker', release };
}
