// Batched reads about entities: each function takes many ids and runs one UNWIND query for all of them,
// returning rows grouped by id (the loaders put them in key order).
import type { StoredEvidence } from '../../../seed/corpus';
import { MAX_LIST_ITEMS } from '../common/arguments';
import type { Executor, Row } from '../../neo4j/executor';
import type { Direction, EntityKind, EventStatus, EventType, StancePosition, VotePosition } from '../common/enums';

/** An entity's own scalar properties: what every entity query returns, and all a by-id lookup caches. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  // events
  type?: EventType;
  cameo?: string | null;
  status?: EventStatus;
  date?: string | null;
  sourceCount?: number;
  // resolutions
  inFavour?: number | null;
  against?: number | null;
  abstentions?: number | null;
  adopted?: boolean | null;
}

/** What only some fields need (an event's evidence and place, a place's container): loaded when asked for. */
export interface EntityDetailsRow extends StoredEvidence {
  placeId: string | null;
  locatedInId: string | null;
}

/** Rows of relationships carry the entities they point to, for the by-id cache (see `refs` below). */
export interface References {
  refs?: EntityRow[];
}

export interface VoteRow extends StoredEvidence, References {
  voterId: string;
  resolutionId: string;
  position: VotePosition;
  veto: boolean;
}

export interface StanceRow extends StoredEvidence, References {
  holderId: string;
  targetId: string;
  position: StancePosition;
}

/** A relationship between two entities, with both ends as entity rows: `from { name }` needs no lookup. */
export interface RelationRow extends Partial<StoredEvidence> {
  type: string;
  from: EntityRow;
  to: EntityRow;
}

export interface RoleRow extends StoredEvidence, References {
  title: string;
  ofId: string;
}

export interface ParticipantRow extends StoredEvidence, References {
  entityId: string;
  role: string;
}

export interface RelationsKey {
  id: string;
  types: string[] | null;
  direction: Direction;
  first: number;
}

/** Relationship types that link two entities: what `relations`, `path` and `neighborhood` walk. */
export const ENTITY_RELATIONSHIP_TYPES = [
  'PARTICIPATED_IN', 'TOOK_PLACE_IN', 'PART_OF', 'HOLDS_ROLE', 'LOCATED_IN', 'BORDERS', 'CAPITAL_OF', 'MEMBER_OF',
  'ADMINISTERS', 'ALLIED_WITH', 'TENSION_WITH', 'AIMS_AT', 'PROVIDES_AID_TO', 'SPONSORED', 'VOTED', 'VOTED_AT',
  'SUPPORTS', 'OPPOSES', 'SPOKE_ABOUT',
];

// Every lookup by id anchors on :Entity, the label whose id is indexed (the unique constraint entity_id):
// (:Person {id}) would scan every Person. test/query-plans.int.test.ts checks the plans.

/** The scalar properties of an entity, in the order of EntityRow. */
export const ENTITY_PROPERTIES = [
  'id', 'kind', 'name', 'aliases', 'description', 'wikidataId', 'type', 'cameo', 'status', 'date', 'sourceCount',
  'inFavour', 'against', 'abstentions', 'adopted',
] as const;

/**
 * The map every entity query returns: scalar properties only. Evidence lists and linked ids stay out (see
 * ENTITY_DETAILS): on busy entities they are most of the bytes, and most questions never ask for them.
 */
export const ENTITY_PROJECTION = entityProjection(ENTITY_PROPERTIES);

/** Fields of the entity types computed from properties with other names. */
const PROPERTIES_OF_FIELD: Record<string, readonly string[]> = { tally: ['inFavour', 'against', 'abstentions'] };

/** The properties an answer needs, given the field names it selects (see common/selection.ts). */
export function propertiesForFields(fields: Set<string>): string[] {
  return [...fields].flatMap((field) => PROPERTIES_OF_FIELD[field] ?? [field]);
}

/**
 * A projection of some of an entity's properties (of `variable`); id and kind always, for lookups and the
 * concrete type. Only names of ENTITY_PROPERTIES reach the Cypher text.
 */
export function entityProjection(properties: Iterable<string>, variable = 'e'): string {
  const wanted = new Set(['id', 'kind', ...properties]);
  return `${variable} {${ENTITY_PROPERTIES.filter((property) => wanted.has(property)).map((property) => `.${property}`).join(', ')}}`;
}

/** The entities a row points to, carried in the row (`refs`) so that the loaders cache them: `holder { name }` costs no query. */
const refs = (...variables: string[]) => `refs: [${variables.map((variable) => entityProjection(ENTITY_PROPERTIES, variable)).join(', ')}]`;

const ENTITY_DETAILS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, [e {
  .evArticle, .evStart, .evEnd, .evQuote,
  placeId: COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(eventPlace) RETURN eventPlace.id ORDER BY eventPlace.id LIMIT 1 }[0],
  locatedInId: COLLECT { MATCH (e)-[:LOCATED_IN|CAPITAL_OF]->(container) RETURN container.id ORDER BY container.id LIMIT 1 }[0]
}] AS rows`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const EVENTS_OF = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT id, e ORDER BY e.date, e.id
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const MET_WITH = `
UNWIND $ids AS id
MATCH (me:Entity {id: id})-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(e:Entity)
WHERE ev.type IN ['MEETING', 'VISIT', 'NEGOTIATION'] AND e <> me
WITH DISTINCT id, e ORDER BY e.name
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

// Evidence lists grow with every article that repeats a fact (a busy person's role, thousands of spans in a
// large corpus): the lists of relationships fetch them only when the answer shows them (asksForEvidence).
const evidenceIf = (evidence: boolean) => (evidence ? '.evArticle, .evStart, .evEnd, .evQuote, ' : '');

const VOTES_BY_VOTER = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (voter:Entity {id: id})-[v:VOTED]->(r:Resolution)
RETURN id, collect(v {voterId: voter.id, resolutionId: r.id, .position, .veto, ${evidenceIf(evidence)}${refs('r')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const VOTES_ON_RESOLUTION = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (voter:Entity)-[v:VOTED]->(r:Entity {id: id})
WITH id, voter, r, v ORDER BY voter.name
RETURN id, collect(v {voterId: voter.id, resolutionId: r.id, .position, .veto, ${evidenceIf(evidence)}${refs('voter')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const STANCES_HELD = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (h:Entity {id: id})-[s:SUPPORTS|OPPOSES]->(t:Entity)
RETURN id, collect(s {holderId: h.id, targetId: t.id, position: type(s), ${evidenceIf(evidence)}${refs('t')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const STANCES_TOWARD = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (h:Entity)-[s:SUPPORTS|OPPOSES]->(t:Entity {id: id})
WITH id, h, s, t ORDER BY h.name
RETURN id, collect(s {holderId: h.id, targetId: t.id, position: type(s), ${evidenceIf(evidence)}${refs('h')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const OTHER_PROJECTION = entityProjection(ENTITY_PROPERTIES, 'other');

// Each key carries its own filters, so one query serves requests with different arguments.
const RELATIONS = `
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
  MATCH (e)-[r]-(other:Entity)
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND type(r) IN $entityTypes
    AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = e))
  WITH r, other, startNode(r) = e AS outgoing ORDER BY type(r), elementId(r)
  WITH key, collect(r {
    type: type(r), .evArticle, .evStart, .evEnd, .evQuote,
    from: CASE WHEN outgoing THEN ${ENTITY_PROJECTION} ELSE ${OTHER_PROJECTION} END,
    to: CASE WHEN outgoing THEN ${OTHER_PROJECTION} ELSE ${ENTITY_PROJECTION} END
  }) AS found
  RETURN found[0..key.first] AS rows
}
RETURN key.json AS id, rows`;

const ROLES = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:HOLDS_ROLE]->(o:Entity)
RETURN id, collect(r {.title, ofId: o.id, ${evidenceIf(evidence)}${refs('o')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const PARTICIPANTS = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (e:Entity)-[r:PARTICIPATED_IN]->(:Entity {id: id})
WITH id, e, r ORDER BY r.role, e.name
RETURN id, collect(r {entityId: e.id, .role, ${evidenceIf(evidence)}${refs('e')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const SPONSORS = `
UNWIND $ids AS id
MATCH (e:Entity)-[:SPONSORED]->(:Entity {id: id})
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const BY_KIND = `
MATCH (e:Entity {kind: $kind})
WITH e ORDER BY e.name
LIMIT $limit
RETURN ${ENTITY_PROJECTION} AS row`;

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async byKind(kind: EntityKind, limit: number): Promise<EntityRow[]> {
    return (await this.executor.read(BY_KIND, { kind, limit })).map((row) => row.row as EntityRow);
  }

  byIds(ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    return this.grouped(BY_IDS, ids);
  }

  detailsOf(ids: readonly string[]): Promise<Map<string, EntityDetailsRow[]>> {
    return this.grouped(ENTITY_DETAILS, ids);
  }

  eventsOf(ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    return this.grouped(EVENTS_OF, ids);
  }

  metWith(ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    return this.grouped(MET_WITH, ids);
  }

  votesBy(ids: readonly string[], evidence: boolean): Promise<Map<string, VoteRow[]>> {
    return this.grouped(VOTES_BY_VOTER(evidence), ids);
  }

  votesOn(ids: readonly string[], evidence: boolean): Promise<Map<string, VoteRow[]>> {
    return this.grouped(VOTES_ON_RESOLUTION(evidence), ids);
  }

  stancesHeldBy(ids: readonly string[], evidence: boolean): Promise<Map<string, StanceRow[]>> {
    return this.grouped(STANCES_HELD(evidence), ids);
  }

  stancesToward(ids: readonly string[], evidence: boolean): Promise<Map<string, StanceRow[]>> {
    return this.grouped(STANCES_TOWARD(evidence), ids);
  }

  rolesOf(ids: readonly string[], evidence: boolean): Promise<Map<string, RoleRow[]>> {
    return this.grouped(ROLES(evidence), ids);
  }

  participantsOf(ids: readonly string[], evidence: boolean): Promise<Map<string, ParticipantRow[]>> {
    return this.grouped(PARTICIPANTS(evidence), ids);
  }

  sponsorsOf(ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    return this.grouped(SPONSORS, ids);
  }

  /** Keys are JSON of RelationsKey, so that requests with equal arguments share a batch slot. */
  async relations(keys: readonly string[]): Promise<Map<string, RelationRow[]>> {
    const params = keys.map((json) => ({ ...(JSON.parse(json) as RelationsKey), json }));
    const rows = await this.executor.read(RELATIONS, { keys: params, entityTypes: ENTITY_RELATIONSHIP_TYPES });
    return new Map(rows.map((row) => [row.id as string, row.rows as RelationRow[]]));
  }

  private async grouped<T>(cypher: string, ids: readonly string[]): Promise<Map<string, T[]>> {
    return groupRows<T>(await this.executor.readGrouped(cypher, ids));
  }
}

/** Rows of { id, rows } (each list capped at MAX_LIST_ITEMS by the query) to id → rows. */
export function groupRows<T>(rows: Row[]): Map<string, T[]> {
  return new Map(rows.map(({ id, rows: group }) => [id as string, group as T[]]));
}
