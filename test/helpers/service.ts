// Starts the real service on a free port against the test Neo4j, and speaks GraphQL to it over HTTP.
import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '../../seed/load';
import { loadConfig } from '../../src/config';
import { startService, type RunningService, type ServiceOptions } from '../../src/service';
import { clearDatabase, testConnection, testDriver } from './neo4j';
import { NO_KEYS } from './keys';
import { testExecutor } from './seed';

/**
 * The service on a free port, once its database is prepared. Its answer cache is off unless `env` turns it on: tests arrange their data with
 * plain Cypher, which stamps no corpus version, where the service may assume that only loads change the graph
 * (test/answer-cache.int.test.ts tests the cache through real loads).
 */
export async function startTestService(env: Record<string, string> = {}, options: ServiceOptions = {}): Promise<RunningService> {
  const service = await startService(loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent', ANSWER_CACHE_MB: '0', API_KEYS_FILE: NO_KEYS, ...env }), testConnection(), options);
  await service.ready;
  return service;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function graphql<T = Record<string, unknown>>(
  service: RunningService,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** The data of an answer that must carry no error: the test fails, showing them, if it does. */
export async function dataOf<T = Record<string, unknown>>(service: RunningService, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graphql<T>(service, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** A clean database with the curated seed, and the service on a free port over it; stop() undoes both. */
export async function startSeededService(env: Record<string, string> = {}): Promise<{ service: RunningService; driver: Driver; stop(): Promise<void> }> {
  const driver = testDriver();
  await clearDatabase(driver);
  await seedDatabase(testExecutor(driver));
  const service = await startTestService(env);
  return {
    service,
    driver,
    stop: async () => {
      await service.stop();
      await driver.close();
    },
  };
}

/**
 * For a describe block: the seeded service, started before its tests and stopped after, and `ask`, the data of an
 * answer that must carry no error.
 */
export function useSeededService() {
  let seeded: Awaited<ReturnType<typeof startSeededService>>;
  beforeAll(async () => {
    seeded = await startSeededService();
  });
  afterAll(() => seeded.stop());
  return {
    get service(): RunningService {
      return seeded.service;
    },
    get driver(): Driver {
      return seeded.driver;
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field
    ask: (query: string, variables: Record<string, unknown> = {}) => dataOf<any>(seeded.service, query, variables),
  };
}
