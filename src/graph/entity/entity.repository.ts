// Entities: by id, their details, the events they take part in and whom they met, and the lists of one kind.
// Every lookup by id anchors on :Entity, the label whose id is indexed (the unique constraint entity_id):
// (:Person {id}) would scan every Person. test/query-plans.int.test.ts checks the plans.
import { ENTITY_PROPERTIES, EVIDENCE_PROJECTION, MET_WITH_EVENT_TYPES, orderByDate, projection, type EntityKind, type EntityRow, type StoredEvidence } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { MAX_LIST_ITEMS } from '../common/arguments';
import { byIdCypher, groupedRead } from '../common/grouped-read';

/** What only some fields need (an event's evidence and place, a place's container): loaded when asked for. */
export interface EntityDetailsRow extends StoredEvidence {
  placeId: string | null;
  locatedInId: string | null;
}

/** Rows of relationships carry the entities they point to, for the by-id cache: `holder { name }` costs no query. */
export interface References {
  refs: EntityRow[];
}

/** Fields of the entity types computed from properties with other names. */
const PROPERTIES_OF_FIELD: Record<string, readonly string[]> = { tally: ['inFavour', 'against', 'abstentions'] };

/** The properties an answer needs, given the field names it selects (see common/selection.ts). */
export function propertiesForFields(fields: Set<string>): string[] {
  return [...fields].flatMap((field) => PROPERTIES_OF_FIELD[field] ?? [field]);
}

/**
 * A projection of some of an entity's properties (of `variable`); id and kind always, for lookups and the
 * concrete type. Only names of ENTITY_PROPERTIES reach the Cypher text, in their order.
 */
export function entityProjection(properties: Iterable<string> = ENTITY_PROPERTIES, variable = 'e'): string {
  const wanted = new Set(['id', 'kind', ...properties]);
  return projection(variable, ENTITY_PROPERTIES.filter((property) => wanted.has(property)));
}

/**
 * The map every entity query returns: scalar properties only. Evidence lists and linked ids stay out (see
 * ENTITY_DETAILS): on busy entities they are most of the bytes, and most questions never ask for them.
 */
export const ENTITY_PROJECTION = entityProjection();

/** The entities a row points to, carried in the row so that the loaders cache them. */
export const refs = (...variables: string[]): string => `refs: [${variables.map((variable) => entityProjection(ENTITY_PROPERTIES, variable)).join(', ')}]`;

/** Evidence lists are fetched only for answers that show them (see GroupedRead.cypher). */
export const evidenceIf = (evidence: boolean): string => (evidence ? `${EVIDENCE_PROJECTION}, ` : '');

const ENTITY = byIdCypher('Entity', 'e', ENTITY_PROJECTION);

const ENTITY_DETAILS = byIdCypher('Entity', 'e', `e {
  ${EVIDENCE_PROJECTION},
  placeId: COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(eventPlace) RETURN eventPlace.id ORDER BY eventPlace.id LIMIT 1 }[0],
  locatedInId: COLLECT { MATCH (e)-[:LOCATED_IN|CAPITAL_OF]->(container) RETURN container.id ORDER BY container.id LIMIT 1 }[0]
}`);

const EVENTS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT id, e ORDER BY ${orderByDate('e')}
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const MET_WITH = `
UNWIND $ids AS id
MATCH (me:Entity {id: id})-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(e:Entity)
WHERE ev.type IN $meetingTypes AND e <> me
WITH DISTINCT id, e ORDER BY e.name
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const OF_KIND = `
MATCH (e:Entity {kind: $kind})
WITH e ORDER BY e.name
LIMIT $limit
RETURN ${ENTITY_PROJECTION} AS row`;

/** The entity of each id: the by-id cache that every other read primes. */
export const entity = groupedRead<EntityRow>({ name: 'entity', cypher: ENTITY, caches: 'nothing' });
export const entityDetails = groupedRead<EntityDetailsRow>({ name: 'entityDetails', cypher: ENTITY_DETAILS, caches: 'nothing' });
export const events = groupedRead<EntityRow>({ name: 'events', cypher: EVENTS, caches: 'entities' });
export const metWith = groupedRead<EntityRow>({ name: 'metWith', cypher: MET_WITH, params: { meetingTypes: MET_WITH_EVENT_TYPES }, caches: 'entities' });

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async ofKind(kind: EntityKind, limit: number): Promise<EntityRow[]> {
    return (await this.executor.read(OF_KIND, { kind, limit })).map((row) => row.row as EntityRow);
  }
}
