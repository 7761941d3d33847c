// `src/main.ts` in a child process, as `npm start` runs it (compiled), against the test Neo4j on a free port.
// Resolves once it says the database is ready; rejects with its output when it exits first or never gets there.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../db/launcher';
import { nodeArguments, ROOT } from './entry-point';
import { NO_KEYS } from './keys';
import { testConnection } from './neo4j';

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed to standard output so far. */
  output(): string;
  /** Resolves with its exit code. */
  exited: Promise<number | null>;
}

const READY = 'Neo4j is ready';

export async function spawnServer(env: Record<string, string> = {}, readyWithinMs = 30_000): Promise<ServerProcess> {
  const port = await freePort();
  const { uri, user, password, database } = testConnection();
  const child = spawn(process.execPath, nodeArguments('src/main.ts'), {
    cwd: ROOT,
    env: { ...process.env, API_KEYS_FILE: NO_KEYS, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, PORT: String(port), LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`src/main.ts did not say "${READY}" within ${readyWithinMs} ms. It printed:\n${output}`));
    }, readyWithinMs);
    child.stdout?.on('data', () => {
      if (output.includes(READY)) {
        clearTimeout(timer);
        ready();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`src/main.ts exited with ${code} before it was ready. It printed:\n${output}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, port, child, output: () => output, exited };
}
