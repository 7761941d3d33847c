// A throwaway Redis from Debian's redis-server package (REDIS_SERVER names another binary), on a free port of
// 127.0.0.1, with nothing saved to disk: for the tests and the benchmark, as the launcher gives them a Neo4j.
// It can be stopped and started again on the same port, empty, to take it away from running servers.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from './launcher';

export interface ThrowawayRedis {
  url: string;
  /** The redis-server process while it runs. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';
const READY_WITHIN_MS = 10_000;

/** Whether something answers PING on the port. */
function pings(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      answer(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => answer(false));
  });
}

export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    let output = '';
    const started = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    started.stdout?.on('data', (chunk) => (output += chunk));
    started.stderr?.on('data', (chunk) => (output += chunk));
    const failed = new Promise<never>((_, fail) => started.once('error', (error) => fail(new Error(`${REDIS_SERVER} could not start (apt-get install redis-server): ${error.message}`))));
    const since = Date.now();
    while (!(await Promise.race([pings(port), failed]))) {
      if (Date.now() - since > READY_WITHIN_MS) throw new Error(`redis-server did not answer on port ${port} within ${READY_WITHIN_MS / 1000} s:\n${output}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((exited) => {
      running.once('exit', () => exited());
      // Killed, not asked to stop: the servers using it must cope with it vanishing.
      running.kill('SIGKILL');
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return child?.exitCode === null ? child.pid : undefined;
    },
    start,
    stop,
  };
}
