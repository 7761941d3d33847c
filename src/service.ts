// The running service, given a Neo4j to talk to: driver, constraints, schema, HTTP. main.ts and the tests share it.
import type { Config } from './config';
import { startHttpServer } from './http/app';
import { applyConstraints } from './neo4j/constraints';
import { createDriver, Executor } from './neo4j/executor';
import type { Neo4jConnection } from './neo4j/obtain';
import { buildGraphSchema } from './schema';
import { articleCount, seedDatabase } from '../seed/load';

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Load the curated articles when the database holds none (npm start does; tests seed explicitly). */
  seedWhenEmpty?: boolean;
  log?: (line: string) => void;
}

export async function startService(config: Config, connection: Neo4jConnection, options: ServiceOptions = {}): Promise<RunningService> {
  const log = options.log ?? (() => undefined);
  const driver = createDriver(connection, config.neo4jPoolSize);
  try {
    const executor = new Executor(driver, { database: connection.database, queryTimeoutMs: config.neo4jQueryTimeoutMs });
    await applyConstraints(executor);
    if (options.seedWhenEmpty && (await articleCount(executor)) === 0) {
      const counts = await seedDatabase(executor);
      log(`The database held no articles: seeded ${counts.labels.Article ?? 0} articles, ${counts.labels.Entity ?? 0} entities.`);
    }
    const http = await startHttpServer({ config, schema: await buildGraphSchema(), executor });
    return {
      url: http.url,
      stop: async () => {
        await http.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
