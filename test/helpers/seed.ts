// Seeding helpers for integration tests: an executor on the test Neo4j, and a copy of the seed folder to break.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../src/neo4j/executor';
import { SEED_DIR } from '../../seed/load';
import { testConnection } from './neo4j';

export function testExecutor(driver: Driver): Executor {
  return new Executor(driver, { database: testConnection().database, queryTimeoutMs: 60_000 });
}

/** A copy of seed/ in a temporary folder, with `edit` applied to one of its files. */
export function brokenSeedDir(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  cpSync(SEED_DIR, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}
