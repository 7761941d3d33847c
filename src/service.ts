// The running service, given a Neo4j to talk to: driver, schema, HTTP, and the database prepared in the
// background (constraints, and the seed when empty), so that the server answers /healthz even while Neo4j is
// down and serves as soon as it comes up. main.ts and the tests share it.
import { setTimeout as sleep } from 'node:timers/promises';
import { pino, type Logger } from 'pino';
import type { Config } from './config';
import { ServiceUnavailableError } from './errors';
import { startHttpServer } from './http/app';
import { applyConstraints } from './neo4j/constraints';
import { createDriver, Executor } from './neo4j/executor';
import type { Neo4jConnection } from './neo4j/connection';
import { buildGraphSchema } from './schema';

export interface RunningService {
  url: string;
  /**
   * Resolves true once the database is prepared (false when the service stopped first); rejects when preparing
   * failed for a reason other than Neo4j being down.
   */
  ready: Promise<boolean>;
  stop(): Promise<void>;
}

/** A step of preparing the database after its constraints, retried with them while Neo4j is unreachable. */
export type Preparation = (executor: Executor, log: (line: string) => void) => Promise<void>;

export interface ServiceOptions {
  /** npm start passes the seed of an empty database (seed/load.ts); tests seed explicitly. */
  prepare?: Preparation;
  log?: (line: string) => void;
  /** Where request logs go; by default pino to standard output at LOG_LEVEL. */
  logger?: Logger;
}

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

export async function startService(config: Config, connection: Neo4jConnection, options: ServiceOptions = {}): Promise<RunningService> {
  const log = options.log ?? (() => undefined);
  const driver = createDriver(connection, config.neo4jPoolSize);
  const executor = new Executor(driver, { database: connection.database, queryTimeoutMs: config.neo4jQueryTimeoutMs });
  const logger = options.logger ?? pino({ level: config.logLevel });
  let prepared = false;
  const http = await startHttpServer({ config, schema: await buildGraphSchema(), executor, logger, isPrepared: () => prepared }).catch(async (error: unknown) => {
    await driver.close();
    throw error;
  });
  const stopping = new AbortController();
  const ready = prepareDatabase(executor, options.prepare, log, stopping.signal).then((done) => (prepared = done));
  ready.catch(() => undefined); // observed by whoever awaits `ready`; never an unhandled rejection
  return {
    url: http.url,
    ready,
    stop: async () => {
      stopping.abort();
      await http.stop();
      await driver.close();
    },
  };
}

/**
 * Applies constraints (and the caller's preparation), retrying with backoff while Neo4j is unreachable.
 * True once done; false when the service is stopped first.
 */
async function prepareDatabase(executor: Executor, prepare: Preparation | undefined, log: (line: string) => void, stopping: AbortSignal): Promise<boolean> {
  for (let delay = FIRST_RETRY_MS; !stopping.aborted; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    try {
      await applyConstraints(executor);
      await prepare?.(executor, log);
      return true;
    } catch (error) {
      if (stopping.aborted) return false;
      if (!(error instanceof ServiceUnavailableError)) throw error;
      log(`Neo4j is not reachable yet (${error.message}); trying again in ${delay} ms.`);
      await sleep(delay, undefined, { signal: stopping }).catch(() => undefined);
    }
  }
  return false;
}
