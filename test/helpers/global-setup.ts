// Obtains a throwaway Neo4j once for the whole run and hands its connection to the test files through env. Both
// integration projects (one per GraphQL executor) declare this setup; the second finds the first's Neo4j.
import { loadConfig } from '../../src/config';
import { obtainNeo4j, type ObtainedNeo4j } from '../../db/obtain';
import { TEST_NEO4J_ENV } from './neo4j';

declare global {
  var testNeo4j: ObtainedNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (globalThis.testNeo4j) return;
  const started = Date.now();
  const neo4j = await obtainNeo4j(loadConfig(), { throwaway: true });
  globalThis.testNeo4j = neo4j;
  const { release: _release, ...connection } = neo4j;
  process.env[TEST_NEO4J_ENV] = JSON.stringify(connection);
  console.log(`\nTest Neo4j: ${neo4j.uri} (${neo4j.source}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
