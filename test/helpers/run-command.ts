// Runs an entry point the way `npm start`, `npm run bench` or `npm run db:start` would, as a child process with
// the given environment, and returns its exit status and what it printed to standard error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeArguments, ROOT } from './entry-point';

export { ROOT };

export interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runEntryPoint(entryPoint: string, args: string[], env: Record<string, string>, timeout = 60_000): Outcome {
  const result = spawnSync(process.execPath, [...nodeArguments(entryPoint), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { HOME: process.env.HOME ?? '/root', NEO4J_LOCAL_HOME: mkdtempSync(join(tmpdir(), 'neo4j-unused-')), ...env },
    timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
