// The walks over the entity graph: an entity's relations, shortest paths and neighborhoods. Relationship types
// come from the model's table (WALKABLE_RELATION_TYPES) and path lengths from validated integers: nothing a user
// types reaches the Cypher text.
import { evidenceEntries, WALKABLE_RELATION_TYPES, type Direction, type EntityRow, type RelationshipTypeName, type StoredEvidence } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { CypherParams } from '../common/where';
import { ENTITY_PROJECTION, entityProjection } from '../entity/entity.repository';
import { compileWalk, stepCondition, walkPattern, type CompiledWalk, type WalkFilter } from './walk';

/** A relationship between two entities, with both ends as entity rows: `from { name }` needs no lookup. */
export interface RelationRow extends Partial<StoredEvidence> {
  type: RelationshipTypeName;
  from: EntityRow;
  to: EntityRow;
}

/** One entity's relations as Entity.relations asks for them; equal arguments share a batch slot. */
export interface RelationsKey {
  id: string;
  types: RelationshipTypeName[] | null;
  direction: Direction;
  first: number;
}

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

/**
 * Up to `count` shortest paths (a literal: Neo4j 5 takes no parameter there; it is a validated integer), shortest
 * first; each step meets the walk's filter (the far end is exempt from the node condition: a path may end at an
 * event the filter would not pass through). The paths found are ordered by length, then by the ids and types
 * along them; which of many equally short paths SHORTEST finds is Neo4j's choice, so where more tie than
 * `count`, another plan of the same graph may show others of the same length.
 */
const shortestPaths = (count: number, maxHops: number, walk: CompiledWalk, selection: TraversalSelection) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${count} ${walkPattern(walk, '(a)', maxHops, '(b)', 'n = b')}
WITH p ORDER BY length(p), [e IN nodes(p) | e.id], [r IN relationships(p) | type(r)]
RETURN [e IN nodes(p) | ${entityProjection(selection.entityProperties)}] AS nodes,
       [r IN relationships(p) | ${relationProjection('startNode(r)', 'endNode(r)', selection)}] AS relations`;

// No row when the center does not exist. COLLECT subqueries, not CALL: a center with no neighbours (or limit 1)
// must still give a row. The relations among the members are those the walk could have taken.
const neighborhood = (depth: number, walk: CompiledWalk, selection: TraversalSelection, stepAlong = walk.relationship('r')) => `
MATCH (center:Entity {id: $id})
WITH center, COLLECT {
  MATCH ${walkPattern(walk, '(center)', depth, '(m:Entity)')}
  WHERE m <> center
  RETURN DISTINCT m
  LIMIT $others
} AS others
WITH [center] + others AS members
WITH members, COLLECT {
  UNWIND members AS x
  MATCH (x)-[r:${walk.types}]->(y)
  WHERE y IN members${stepAlong ? ` AND (${stepAlong})` : ''}
  RETURN ${relationProjection('x', 'y', selection)}
  LIMIT ${MAX_NEIGHBORHOOD_RELATIONS}
} AS relations
RETURN [e IN members | ${entityProjection(selection.entityProperties)}] AS nodes, relations`;

// Each pair once (by id), through every entity both are linked to by the walk (the filter applies to what is
// shared, not to the pair); the shared ones listed are the first by date and name, the weight counts them all.
const network = (walk: CompiledWalk) => `
UNWIND $of AS id
MATCH (x:Entity {id: id})-[r1:${walk.types}]-(m:Entity)-[r2:${walk.types}]-(y:Entity)
WHERE y.id IN $of AND x.id < y.id${[stepCondition(walk, 'r1', 'm'), walk.relationship('r2')].map((condition) => (condition ? ` AND (${condition})` : '')).join('')}
WITH DISTINCT x, y, m
WITH x, y, m ORDER BY coalesce(m.dateStart, '9999-12-31'), m.name, m.id
WITH x.id AS fromId, y.id AS toId, collect(m) AS shared
RETURN fromId, toId, size(shared) AS weight,
       [m IN shared[0..$listed] | m.id] AS throughIds,
       [m IN shared WHERE m:Event | ${entityProjection(undefined, 'm')}][0..$listed] AS events
ORDER BY weight DESC, fromId, toId
LIMIT $edges`;

/** Two entities of a network and what links them: the ids of the shared entities, and those that are events. */
export interface NetworkEdgeRow {
  fromId: string;
  toId: string;
  weight: number;
  throughIds: string[];
  events: EntityRow[];
}

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

  /**
   * The `count` shortest paths between two entities that the walk allows, shortest first; none when there is
   * none or an end does not exist. Paths may repeat an entity or differ only in parallel relationships: see
   * distinctPaths.
   */
  async shortestPaths(from: string, to: string, count: number, maxHops: number, filter: WalkFilter, selection: TraversalSelection): Promise<SubgraphRows[]> {
    const params = new CypherParams();
    const walk = compileWalk(filter, params);
    const rows = await this.executor.read(shortestPaths(count, maxHops, walk, selection), { ...params.values, from, to });
    return rows.map((row) => withEndNodes(row as unknown as { nodes: EntityRow[]; relations: FoundRelation[] }));
  }

  /** The neighborhood, or null when the center does not exist. */
  async neighborhood(id: string, depth: number, limit: number, filter: WalkFilter, selection: TraversalSelection): Promise<SubgraphRows | null> {
    const params = new CypherParams();
    const walk = compileWalk(filter, params);
    const [row] = await this.executor.read(neighborhood(depth, walk, selection), { ...params.values, id, others: limit - 1 });
    return row ? withEndNodes(row as unknown as { nodes: EntityRow[]; relations: FoundRelation[] }) : null;
  }

  /** The pairs among `of` that share something the walk reaches from both, heaviest first. */
  async network(of: string[], filter: WalkFilter, limits: { edges: number; listed: number }): Promise<NetworkEdgeRow[]> {
    const params = new CypherParams();
    const walk = compileWalk(filter, params);
    const rows = await this.executor.read(network(walk), { ...params.values, of, ...limits });
    return rows as unknown as NetworkEdgeRow[];
  }
}

/** Each relation gets its end nodes from the same answer: `from { name }` needs no further lookup. */
function withEndNodes({ nodes, relations }: { nodes: EntityRow[]; relations: FoundRelation[] }): SubgraphRows {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // In place: a neighborhood has thousands of relations, and a copy per relation is measurable.
  for (const relation of relations) Object.assign(relation, { from: byId.get(relation.fromId), to: byId.get(relation.toId) });
  return { nodes, relations: relations as unknown as RelationRow[] };
}
