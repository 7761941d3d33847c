// API keys for tests, made by the command users run (npm run keys) in a key file of the test's own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEntryPoint } from './run-command';

/** A key file that does not exist: no key is in force (the default of test services, never the repository's). */
export const NO_KEYS = join(tmpdir(), 'no-api-keys-here.json');

export const newKeyFile = (): string => join(mkdtempSync(join(tmpdir(), 'api-keys-')), 'api-keys.json');

/** `npm run keys -- …` on `file`; its output, or the test fails with what it printed. */
export function keysCommand(file: string, args: string[], env: Record<string, string> = {}): string {
  const outcome = runEntryPoint('scripts/keys.ts', args, { API_KEYS_FILE: file, ...env });
  if (outcome.status !== 0) throw new Error(`npm run keys -- ${args.join(' ')} exited ${outcome.status}: ${outcome.stderr}`);
  return outcome.stdout;
}

/** A new key of `role` in `file`, as `npm run keys -- create` prints it. */
export function createKey(file: string, name: string, role: string, more: string[] = [], env: Record<string, string> = {}): string {
  const printed = keysCommand(file, ['create', '--name', name, '--role', role, ...more], env);
  const key = printed.match(/^kg_\S+$/m)?.[0];
  if (!key) throw new Error(`npm run keys -- create printed no key: ${printed}`);
  return key;
}

/**
 * Rate limits count in minutes of the clock, the same on every instance: a test that counts up to a limit starts
 * with at least `needMs` of its minute left, so that the count does not start again halfway.
 */
export async function clearOfMinuteEnd(needMs = 10_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < needMs) await new Promise((wait) => setTimeout(wait, left + 50));
}
