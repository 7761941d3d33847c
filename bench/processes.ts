// The benchmarks' processes: a compiled entry point (below dist/) started with the query capture preloaded.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError } from '../src/neo4j/setup-error';
import { REPOSITORY_ROOT } from '../src/repository-root';

const DIST = join(REPOSITORY_ROOT, 'dist');

/**
 * Starts a contender's compiled entry point (below dist/), with the query capture preloaded, and waits until it
 * says it is ready.
 */
export async function startProcess(entryPoint: string, args: string[], env: NodeJS.ProcessEnv, readyWhen: string): Promise<ChildProcess> {
  const script = join(DIST, entryPoint);
  if (!existsSync(script)) throw new SetupError(`${script} is missing: run the benchmark with \`npm run bench\`, which builds dist/ first.`);
  const child = spawn(process.execPath, ['-r', join(DIST, 'bench', 'capture-queries.js'), script, ...args], { cwd: REPOSITORY_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes(readyWhen)) ready();
    });
    child.on('exit', (code) => fail(new Error(`${entryPoint} exited with ${code}: ${output}`)));
  });
  return child;
}

