// The walks over the entity graph: an entity's relations, shortest paths and neighborhoods. Relationship types
// come from the model's table (WALKABLE_RELATION_TYPES) and path lengths from validated integers: nothing a user
// types reaches the Cypher text.
import { evidenceEntries, WALKABLE_RELATION_TYPES, type Direction, type EntityRow, type StoredEvidence } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { ENTITY_PROJECTION, entityProjection } from '../entity/entity.repository';

/** A relationship between two entities, with both ends as entity rows: `from { name }` needs no lookup. */
export interface RelationRow extends Partial<StoredEvidence> {
  type: string;
  from: EntityRow;
  to: EntityRow;
}

/** One entity's relations as Entity.relations asks for them; equal arguments share a batch slot. */
export interface RelationsKey {
  id: string;
  types: string[] | null;
  direction: Direction;
  first: number;
}

const TYPES = WALKABLE_RELATION_TYPES.join('|');
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
  `{type: type(r), fromId: ${from}.id, toId: ${to}.id${relationEvidence ? `, ${evidenceEntries('r')}` : ''}}`;

const OTHER_PROJECTION = entityProjection(undefined, 'other');

// Each key carries its own filters, so one query serves requests with different arguments.
const RELATIONS = `
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
  MATCH (e)-[r]-(other:Entity)
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND type(r) IN $walkable
    AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = e))
  WITH r, other, startNode(r) = e AS outgoing ORDER BY type(r), elementId(r)
  WITH key, collect(r {
    type: type(r), ${evidenceEntries('r')},
    from: CASE WHEN outgoing THEN ${ENTITY_PROJECTION} ELSE ${OTHER_PROJECTION} END,
    to: CASE WHEN outgoing THEN ${OTHER_PROJECTION} ELSE ${ENTITY_PROJECTION} END
  }) AS found
  RETURN found[0..key.first] AS rows
}
RETURN key.json AS id, rows`;

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

  /** Keys are JSON of RelationsKey, so that requests with equal arguments share a batch slot. */
  async relations(keys: readonly string[]): Promise<Map<string, RelationRow[]>> {
    const params = keys.map((json) => ({ ...(JSON.parse(json) as RelationsKey), json }));
    const rows = await this.executor.read(RELATIONS, { keys: params, walkable: WALKABLE_RELATION_TYPES });
    return new Map(rows.map((row) => [row.id as string, row.rows as RelationRow[]]));
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
  // In place: a neighborhood has thousands of relations, and a copy per relation is measurable.
  for (const relation of relations) Object.assign(relation, { from: byId.get(relation.fromId), to: byId.get(relation.toId) });
  return { nodes, relations: relations as unknown as RelationRow[] };
}
