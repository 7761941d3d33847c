// How npm's scripts run an entry point, so that a test runs it the same way: `npm start` and `npm run bench` run
// the compiled JavaScript in dist/ (built by `npm run build`), the db scripts run TypeScript through swc. A test
// builds dist/ first when any source is newer than it, so that it never runs yesterday's code.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

const COMPILED = new Set(['src/main.ts', 'bench/run.ts']);
const SOURCES = ['src', 'db', 'seed', 'bench'];

function newestSource(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return Math.max(newest, newestSource(path));
    return entry.name.endsWith('.ts') ? Math.max(newest, statSync(path).mtimeMs) : newest;
  }, 0);
}

function builtAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Node's arguments for running `entryPoint` (a path from the repository root) as its npm script does. */
export function nodeArguments(entryPoint: string): string[] {
  if (!COMPILED.has(entryPoint)) return ['-r', '@swc-node/register', entryPoint];
  const compiled = join(ROOT, 'dist', entryPoint.replace(/\.ts$/, '.js'));
  const newest = Math.max(...SOURCES.map((folder) => newestSource(join(ROOT, folder))));
  if (builtAt(compiled) < newest) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  return [compiled];
}
