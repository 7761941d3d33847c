// `npm start`: config → a Neo4j (by the resolution order) → the service on PORT; SIGINT/SIGTERM stop it cleanly.
// The one file of src/ that may use the tools beside it: db/ finds or starts Neo4j, seed/ fills an empty database.
import { obtainNeo4j } from '../db/obtain';
import { SeedValidationError } from '../seed/corpus';
import { seedIfEmpty } from '../seed/load';
import { loadConfig } from './config';
import { SetupError } from './neo4j/setup-error';
import { startService } from './service';

async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await obtainNeo4j(config, { log: (line) => console.log(line) });
  console.log(`Neo4j: ${neo4j.uri} (${neo4j.source}), database "${neo4j.database}"`);
  const service = await startService(config, neo4j, { prepare: seedIfEmpty, log: (line) => console.log(line) });
  console.log(`GraphQL API listening at ${service.url}/graphql`);
  service.ready.then(
    (prepared) => prepared && console.log('Neo4j is ready: serving the graph.'),
    (error: unknown) => {
      console.error(error instanceof SeedValidationError ? error.message : error);
      process.exit(1);
    },
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping (in-flight requests finish first)…`);
    await service.stop();
    await neo4j.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError || error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
