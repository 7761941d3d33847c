// The graph's constraints and indexes, applied idempotently before the server or the seed touches data.
import type { Executor } from './executor';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
];

export async function applyConstraints(executor: Executor): Promise<void> {
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of SCHEMA_STATEMENTS) await executor.write(statement);
  await executor.write('CALL db.awaitIndexes(60)');
}
