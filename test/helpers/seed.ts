// Seeding helpers for integration tests: an executor on the test Neo4j, and a copy of the seed folder to break.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../src/neo4j/executor';
import { SEED_DIR, seedDatabase } from '../../seed/load';
import { clearDatabase, testConnection, testDriver } from './neo4j';

export function testExecutor(driver: Driver): Executor {
  return new Executor(driver, { database: testConnection().database, queryTimeoutMs: 60_000 });
}

/** The test Neo4j emptied and seeded with the curated corpus, for servers a test spawns. */
export async function reseedTestDatabase(): Promise<void> {
  const driver = testDriver();
  try {
    await clearDatabase(driver);
    await seedDatabase(testExecutor(driver));
  } finally {
    await driver.close();
  }
}

/** A copy of seed/ in a temporary folder, each file named in `edits` rewritten by its edit, or removed (null). */
export function editedSeedDir(edits: Record<string, ((text: string) => string) | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  cpSync(SEED_DIR, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (edit === null) rmSync(path);
    else writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/** The seed without CNN's article: loading it changes the graph (a new corpus version, one article fewer). */
export const seedDirWithoutCnn = (): string =>
  editedSeedDir({
    'facts/cnn-2024-03-22-blinken-israel.yaml': null,
    'articles/cnn-2024-03-22-blinken-israel.txt': null,
    'articles/articles.json': (text) => JSON.stringify((JSON.parse(text) as { file: string }[]).filter((entry) => !entry.file.startsWith('cnn-'))),
  });

/** A copy of seed/ in a temporary folder, with `edit` applied to one of its files. */
export const brokenSeedDir = (file: string, edit: (text: string) => string): string => editedSeedDir({ [file]: edit });
