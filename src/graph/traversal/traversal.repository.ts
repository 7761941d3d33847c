// Search, shortest paths and neighborhoods over the entity graph. Relationship types come from a fixed list
// (ENTITY_RELATIONSHIP_TYPES) and path lengths from validated integers: nothing a user types reaches the Cypher text.
import type { Executor } from '../../neo4j/executor';
import { ENTITY_PROJECTION, ENTITY_RELATIONSHIP_TYPES, type EntityRow, type RelationRow } from '../entity/entity.repository';

const TYPES = ENTITY_RELATIONSHIP_TYPES.join('|');
const RELATION_PROJECTION = 'r {type: type(r), fromId: startNode(r).id, toId: endNode(r).id, .evArticle, .evStart, .evEnd, .evQuote}';
/** Most relationships a neighborhood returns, whatever its node limit. */
export const MAX_NEIGHBORHOOD_RELATIONS = 5000;

const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS e, score
WHERE $kinds IS NULL OR e.kind IN $kinds
RETURN ${ENTITY_PROJECTION} AS row
ORDER BY score DESC, e.name
LIMIT $first`;

const EXISTING = 'UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e IS NOT NULL AS exists';

const shortestPath = (maxHops: number) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:${TYPES}]-{1,${maxHops}}(b)
RETURN [e IN nodes(p) | ${ENTITY_PROJECTION}] AS nodes, [r IN relationships(p) | ${RELATION_PROJECTION}] AS relations`;

// COLLECT subqueries, not CALL: a center with no neighbours (or limit 1) must still give a row.
const neighborhood = (depth: number) => `
MATCH (center:Entity {id: $id})
WITH center, COLLECT {
  MATCH (center)-[:${TYPES}]-{1,${depth}}(n:Entity)
  WHERE n <> center
  RETURN DISTINCT n
  LIMIT $others
} AS others
WITH [center] + others AS members
WITH members, COLLECT {
  UNWIND members AS x
  MATCH (x)-[r:${TYPES}]->(y)
  WHERE y IN members
  RETURN ${RELATION_PROJECTION}
  LIMIT ${MAX_NEIGHBORHOOD_RELATIONS}
} AS relations
RETURN [e IN members | ${ENTITY_PROJECTION}] AS nodes, relations`;

export interface SubgraphRows {
  nodes: EntityRow[];
  relations: RelationRow[];
}

export class TraversalRepository {
  constructor(private readonly executor: Executor) {}

  async search(query: string, kinds: string[] | null, first: number): Promise<EntityRow[]> {
    return (await this.executor.read(SEARCH, { query, kinds, first })).map((row) => row.row as EntityRow);
  }

  /** The ids among `ids` that no entity has. */
  async missing(ids: string[]): Promise<string[]> {
    return (await this.executor.read(EXISTING, { ids })).filter((row) => !row.exists).map((row) => row.id as string);
  }

  async shortestPath(from: string, to: string, maxHops: number): Promise<SubgraphRows | null> {
    const [row] = await this.executor.read(shortestPath(maxHops), { from, to });
    return row ? (row as unknown as SubgraphRows) : null;
  }

  async neighborhood(id: string, depth: number, limit: number): Promise<SubgraphRows> {
    const [row] = await this.executor.read(neighborhood(depth), { id, others: limit - 1 });
    return row as unknown as SubgraphRows;
  }
}
