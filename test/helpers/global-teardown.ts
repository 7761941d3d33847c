// Stops the throwaway Neo4j of the global setup.
export default async function globalTeardown(): Promise<void> {
  await globalThis.testNeo4j?.release();
}
