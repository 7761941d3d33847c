// Full-text search over entity names and aliases (the index entity_search).
import type { EntityRow } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { ENTITY_PROJECTION } from '../entity/entity.repository';

// Ordered and cut before projecting: a common name matches thousands of nodes, and only $first are returned.
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS e, score
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, score ORDER BY score DESC, e.name, e.id LIMIT $first
RETURN ${ENTITY_PROJECTION} AS row`;

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /** `query` is Lucene syntax from luceneQuery(), never the user's text as typed. */
  async search(query: string, kinds: string[] | null, first: number): Promise<EntityRow[]> {
    return (await this.executor.read(SEARCH, { query, kinds, first })).map((row) => row.row as EntityRow);
  }
}
