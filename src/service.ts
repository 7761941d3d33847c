// The running service, given a Neo4j to talk to: driver, constraints, schema, HTTP. main.ts and the tests share it.
import type { Config } from './config';
import { startHttpServer } from './http/app';
import { applyConstraints } from './neo4j/constraints';
import { createDriver, Executor } from './neo4j/executor';
import type { Neo4jConnection } from './neo4j/obtain';
import { buildGraphSchema } from './schema';

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

export async function startService(config: Config, connection: Neo4jConnection): Promise<RunningService> {
  const driver = createDriver(connection, config.neo4jPoolSize);
  try {
    const executor = new Executor(driver, { database: connection.database, queryTimeoutMs: config.neo4jQueryTimeoutMs });
    await applyConstraints(executor);
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
