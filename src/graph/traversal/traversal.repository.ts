// Search, shortest paths and neighborhoods over the entity graph. Relationship types come from a fixed list
// (ENTITY_RELATIONSHIP_TYPES) and path lengths from validated integers: nothing a user types reaches the Cypher text.
import type { Executor } from '../../neo4j/executor';
import { ENTITY_PROJECTION, ENTITY_RELATIONSHIP_TYPES, entityProjection, type EntityRow, type RelationRow } from '../entity/entity.repository';

const TYPES = ENTITY_RELATIONSHIP_TYPES.join('|');
/** Most relationships a neighborhood returns, whatever its node limit. */
export const MAX_NEIGHBORHOOD_RELATIONS = 5000;

/**
 * What a traversal's answer shows, so that its query fetches no more: a neighborhood of 200 nodes with every
 * property and evidence list is ~190 KB from Neo4j, with id, name and kind ~50 KB, and four times faster.
 * Each combination is its own query text (Neo4j caches plans per text); they are few in practice.
 */
export interface TraversalSelection {
  /** Entity properties to return for every node (id and kind always). */
  entityProperties: Iterable<string>;
  /** Whether relations carry their evidence lists. */
  relationEvidence: boolean;
}

const relationProjection = (from: string, to: string, { relationEvidence }: TraversalSelection) =>
  `{type: type(r), fromId: ${from}.id, toId: ${to}.id${relationEvidence ? ', evArticle: r.evArticle, evStart: r.evStart, evEnd: r.evEnd, evQuote: r.evQuote' : ''}}`;

// Ordered and cut before projecting: a common name matches thousands of nodes, and only $first are returned.
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS e, score
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, score ORDER BY score DESC, e.name, e.id LIMIT $first
RETURN ${ENTITY_PROJECTION} AS row`;

const EXISTING = 'UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e IS NOT NULL AS exists';

const shortestPath = (maxHops: number, selection: TraversalSelection) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:${TYPES}]-{1,${maxHops}}(b)
RETURN [e IN nodes(p) | ${entityProjection(selection.entityProperties)}] AS nodes,
       [r IN relationships(p) | ${relationProjection('startNode(r)', 'endNode(r)', selection)}] AS relations`;

// No row when the center does not exist. COLLECT subqueries, not CALL: a center with no neighbours (or limit 1)
// must still give a row.
const neighborhood = (depth: number, selection: TraversalSelection) => `
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
  RETURN ${relationProjection('x', 'y', selection)}
  LIMIT ${MAX_NEIGHBORHOOD_RELATIONS}
} AS relations
RETURN [e IN members | ${entityProjection(selection.entityProperties)}] AS nodes, relations`;

export interface SubgraphRows {
  nodes: EntityRow[];
  relations: RelationRow[];
}

/** A relation as the traversal queries return it: its ends by id, among the answer's nodes. */
type FoundRelation = Omit<RelationRow, 'from' | 'to'> & { fromId: string; toId: string };

export class TraversalRepository {
  constructor(private readonly executor: Executor) {}

  async search(query: string, kinds: string[] | null, first: number): Promise<EntityRow[]> {
    return (await this.executor.read(SEARCH, { query, kinds, first })).map((row) => row.row as EntityRow);
  }

  /** The ids among `ids` that no entity has. */
  async missing(ids: string[]): Promise<string[]> {
    return (await this.executor.read(EXISTING, { ids })).filter((row) => !row.exists).map((row) => row.id as string);
  }

  /** A shortest path, or null when there is none or an end does not exist. */
  async shortestPath(from: string, to: string, maxHops: number, selection: TraversalSelection): Promise<SubgraphRows | null> {
    const [row] = await this.executor.read(shortestPath(maxHops, selection), { from, to });
    return row ? withEndNodes(row as unknown as { nodes: EntityRow[]; relations: FoundRelation[] }) : null;
  }

  /** The neighborhood, or null when the center does not exist. */
  async neighborhood(id: string, depth: number, limit: number, selection: TraversalSelection): Promise<SubgraphRows | null> {
    const [row] = await this.executor.read(neighborhood(depth, selection), { id, others: limit - 1 });
    return row ? withEndNodes(row as unknown as { nodes: EntityRow[]; relations: FoundRelation[] }) : null;
  }
}

/** Each relation gets its end nodes from the same answer: `from { name }` needs no further lookup. */
function withEndNodes({ nodes, relations }: { nodes: EntityRow[]; relations: FoundRelation[] }): SubgraphRows {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Plain property copies: rest/spread compiles to helper calls, and a neighborhood has thousands of relations.
  const ends = (relation: FoundRelation): RelationRow => ({
    type: relation.type, evArticle: relation.evArticle, evStart: relation.evStart, evEnd: relation.evEnd, evQuote: relation.evQuote,
    from: byId.get(relation.fromId) as EntityRow, to: byId.get(relation.toId) as EntityRow,
  });
  return { nodes, relations: relations.map(ends) };
}
