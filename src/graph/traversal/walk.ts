// What a walk over the entity graph may pass through: which relationship types, and which events. Every
// traversal (path, paths, neighborhood, network) compiles its filter here, into a relationship-type expression
// for the pattern and conditions for each node and relationship the walk steps on, so that a HYPOTHETICAL
// proposal or a single-source event is never a stepping stone when the analyst asked for corroborated facts.
import { WALKABLE_RELATION_TYPES, type EntityKind, type EventStatus, type RelationshipTypeName } from '../../model';
import type { DateRange } from '../common/filters';
import { atLeast, conjunction, during, type CypherParams, rootScope } from '../common/where';

export interface WalkFilter {
  /** The relationship types walked; all walkable ones when absent. */
  via?: readonly RelationshipTypeName[] | null;
  /** Every event passed through has one of these statuses, and so has every participation stepped along. */
  status?: readonly EventStatus[] | null;
  /** Every event passed through overlaps these days (undated events do not). */
  during?: DateRange | null;
  /** Every event passed through is reported by at least this many articles. */
  minSources?: number | null;
  /** Every entity passed through is of one of these kinds (neighborhood). */
  kinds?: readonly EntityKind[] | null;
}

export interface CompiledWalk {
  /** The relationship types as a pattern expression: PARTICIPATED_IN|VOTED. */
  types: string;
  /** The condition a node stepped on must meet; `null` when none. */
  node: (variable: string) => string | null;
  /** The condition a relationship stepped along must meet; `null` when none. */
  relationship: (variable: string) => string | null;
}

/**
 * Compiles a walk's filter with its values as parameters. Relationship types come from the enum (validated by
 * GraphQL) and are checked against the model's table again, since they are spelled into the Cypher text.
 */
export function compileWalk(filter: WalkFilter, params: CypherParams): CompiledWalk {
  const via = filter.via && filter.via.length > 0 ? [...new Set(filter.via)] : WALKABLE_RELATION_TYPES;
  for (const type of via) if (!WALKABLE_RELATION_TYPES.includes(type)) throw new Error(`"${type}" is not a walkable relationship type.`);
  const statuses = filter.status && filter.status.length > 0 ? params.add([...filter.status]) : null;
  const kinds = filter.kinds && filter.kinds.length > 0 ? params.add([...filter.kinds]) : null;
  // The same meanings as EventWhere's during and minSources (common/where.ts), checked the same way.
  const eventConditions = (n: string) =>
    conjunction([
      statuses && `${n}.status IN ${statuses}`,
      filter.during ? during(`${n}.dateStart`, `${n}.dateEnd`)(filter.during, rootScope(params, 'during')) : null,
      filter.minSources != null ? atLeast(`${n}.sourceCount`)(filter.minSources, rootScope(params, 'minSources')) : null,
    ]);
  return {
    types: via.join('|'),
    node: (n) => {
      const event = eventConditions(n);
      return conjunction([kinds && `${n}.kind IN ${kinds}`, event && `NOT ${n}:Event OR (${event})`]);
    },
    // A participation may carry its own modality (Burns is EXPECTED at talks that are ONGOING): it counts.
    relationship: (r) => (statuses ? `type(${r}) <> 'PARTICIPATED_IN' OR coalesce(${r}.status, endNode(${r}).status) IN ${statuses}` : null),
  };
}

/** Both conditions of a step `(x)-[r]-(n)`, `exempt` a condition that lets a node pass anyway; null when none. */
export function stepCondition(walk: CompiledWalk, relationship: string, node: string, exempt?: string): string | null {
  const nodeCondition = walk.node(node);
  return conjunction([walk.relationship(relationship), nodeCondition && exempt ? `${exempt} OR (${nodeCondition})` : nodeCondition]);
}

/**
 * A walk of 1 to `hops` steps between two node patterns: a quantified path pattern whose every step meets the
 * filter, or, with no filter, a plain variable-length one (cheaper to plan and to run).
 */
export function walkPattern(walk: CompiledWalk, from: string, hops: number, to: string, exempt?: string): string {
  const condition = stepCondition(walk, 'r', 'n', exempt);
  return condition === null ? `${from}-[:${walk.types}]-{1,${hops}}${to}` : `${from}((x)-[r:${walk.types}]-(n:Entity) WHERE ${condition}){1,${hops}}${to}`;
}
