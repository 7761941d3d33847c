// `npm run seed`: validates the seed files and mirrors them into the Neo4j that the resolution order finds,
// then reports what the database holds, by label and by relationship type.
import { loadConfig } from '../src/config';
import { createDriver, Executor } from '../src/neo4j/executor';
import { obtainNeo4j } from '../db/obtain';
import { SetupError } from '../src/neo4j/setup-error';
import { SeedValidationError } from './corpus';
import { seedDatabase, type GraphCounts } from './load';

export function formatCounts(counts: GraphCounts): string {
  const table = (title: string, rows: Record<string, number>) =>
    [`${title}:`, ...Object.entries(rows).map(([name, count]) => `  ${name.padEnd(20)} ${String(count).padStart(6)}`)].join('\n');
  return `${table('Nodes by label', counts.labels)}\n${table('Relationships by type', counts.relationshipTypes)}`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await obtainNeo4j(config, { log: (line) => console.log(line) });
  const driver = createDriver(neo4j);
  try {
    const started = Date.now();
    const { changed, version, counts } = await seedDatabase(new Executor(driver, { database: neo4j.database, queryTimeoutMs: config.neo4jQueryTimeoutMs }));
    const what = changed ? `Seeded ${neo4j.uri}: data version ${version.id}` : `${neo4j.uri} already held the seed files' graph: nothing written, data version ${version.id} (${version.loadedAt})`;
    console.log(`${what}, in ${Date.now() - started} ms.\n${formatCounts(counts)}`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError || error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
