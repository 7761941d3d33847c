// A throwaway Redis from Debian's redis-server package, on a free port of 127.0.0.1, with nothing saved to disk;
// stopped (and started again on the same port) by tests that take it away from running servers.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from '../../db/launcher';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

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

export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    let output = '';
    child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const failed = new Promise<never>((_, fail) => child?.once('error', (error) => fail(new Error(`${REDIS_SERVER} could not start (apt-get install redis-server): ${error.message}`))));
    const started = Date.now();
    while (!(await Promise.race([pings(port), failed]))) {
      if (Date.now() - started > 10_000) throw new Error(`redis-server did not answer on port ${port} within 10 s:\n${output}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((exited) => {
      running.once('exit', () => exited());
      running.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
