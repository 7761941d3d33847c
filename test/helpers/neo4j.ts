// Integration-test access to the throwaway Neo4j: its connection, a driver, Cypher, and a clean slate.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/neo4j/connection';

export const TEST_NEO4J_ENV = 'KNOWLEDGE_GRAPH_TEST_NEO4J';

export function testConnection(): Neo4jConnection & { localHome?: string } {
  const raw = process.env[TEST_NEO4J_ENV];
  if (!raw) throw new Error(`${TEST_NEO4J_ENV} is not set: run integration tests through jest, whose global setup obtains Neo4j.`);
  return JSON.parse(raw) as Neo4jConnection & { localHome?: string };
}

export function testDriver(): Driver {
  const { uri, user, password } = testConnection();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
}

export async function runCypher(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: testConnection().database });
  return records.map((record) => record.toObject());
}

export async function clearDatabase(driver: Driver): Promise<void> {
  await runCypher(driver, 'MATCH (n) DETACH DELETE n');
}
