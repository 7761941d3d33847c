// Stops the throwaway Neo4j of the global setup (once, however many projects share it).
export default async function globalTeardown(): Promise<void> {
  const neo4j = globalThis.testNeo4j;
  globalThis.testNeo4j = undefined;
  await neo4j?.release();
}
