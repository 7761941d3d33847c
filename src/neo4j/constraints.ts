// The graph's constraints and indexes, applied idempotently before the server or the seed touches data.
import type { Executor } from './executor';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
  // Search over canonical names and every alias (searchText joins them), case-insensitive by the standard analyzer.
  'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText]',
  // textSearch: what was said, and the articles' whole text.
  'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text]',
  'CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.text]',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)',
  'CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)',
  'CREATE INDEX event_status IF NOT EXISTS FOR (e:Event) ON (e.status)',
  // Every order by date is by the interval a date stands for (model/dates.ts), and ranges ask for it.
  'DROP INDEX event_date IF EXISTS',
  'CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.dateStart)',
  'CREATE INDEX event_date_end IF NOT EXISTS FOR (e:Event) ON (e.dateEnd)',
  'CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.article)',
  'CREATE INDEX claim_measure IF NOT EXISTS FOR (c:Claim) ON (c.measure)',
  // Filters that anchor a list (common/list.ts): a claim's article, an entity's Wikidata id.
  'CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.article)',
  'CREATE INDEX entity_wikidata IF NOT EXISTS FOR (e:Entity) ON (e.wikidataId)',
];

export async function applyConstraints(executor: Executor): Promise<void> {
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of SCHEMA_STATEMENTS) await executor.write(statement);
  await executor.write('CALL db.awaitIndexes(60)');
}
