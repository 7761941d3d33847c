// `npm run seed:synthetic -- <articles> [seed]`: generates a synthetic corpus and loads it, chunk by chunk,
// into the Neo4j that the resolution order finds, with a progress bar and the final load rate.
import { loadConfig } from '../src/config';
import { createDriver, Executor } from '../src/neo4j/executor';
import { obtainNeo4j } from '../db/obtain';
import { SetupError } from '../src/neo4j/setup-error';
import { loadSyntheticCorpus } from './synthetic-load';

async function main(): Promise<void> {
  const articles = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 42);
  if (!Number.isInteger(articles) || articles < 1) throw new SetupError(`The number of articles must be a whole number of 1 or more; got "${process.argv[2]}".`);
  const config = loadConfig();
  const neo4j = await obtainNeo4j(config, { log: (line) => console.log(line) });
  const driver = createDriver(neo4j);
  try {
    const result = await loadSyntheticCorpus(new Executor(driver, { database: neo4j.database, queryTimeoutMs: 600_000 }), { articles, seed }, process.stderr);
    console.log(`Loaded ${articles} synthetic articles (seed ${seed}): ${result.records} records in ${result.seconds.toFixed(1)} s, ${Math.round(result.recordsPerSecond)} records/s.`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
