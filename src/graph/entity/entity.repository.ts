// Entities: by id, their details, the events they take part in and whom they met, and the list of Query.entities.
// Every lookup by id anchors on :Entity, the label whose id is indexed (the unique constraint entity_id):
// (:Person {id}) would scan every Person. test/query-plans.int.test.ts checks the plans.
import { ENTITY_PROPERTIES, EVIDENCE_PROJECTION, MET_WITH_EVENT_TYPES, orderByDate, projection, type EntityRow, type StoredEvidence } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { PAST_LIST_BOUND } from '../common/arguments';
import { byIdCypher, groupedRead } from '../common/grouped-read';
import { anchorOn, readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { atLeast, scalar, through } from '../common/where';
import type { EntitySort, EntityWhere } from './entity.input';

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
RETURN id, collect(${ENTITY_PROJECTION})[0..${PAST_LIST_BOUND}] AS rows`;

const metWithProjecting = (projected: string) => `
UNWIND $ids AS id
MATCH (me:Entity {id: id})-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(e:Entity)
WHERE ev.type IN $meetingTypes AND e <> me
WITH DISTINCT id, e ORDER BY e.name
RETURN id, collect(${projected})[0..${PAST_LIST_BOUND}] AS rows`;

/** The entity of each id: the by-id cache that every other read primes. */
export const entity = groupedRead<EntityRow>({ name: 'entity', cypher: ENTITY, narrowed: (properties) => byIdCypher('Entity', 'e', entityProjection(properties)), caches: 'nothing' });
export const entityDetails = groupedRead<EntityDetailsRow>({ name: 'entityDetails', cypher: ENTITY_DETAILS, caches: 'nothing' });
export const events = groupedRead<EntityRow>({ name: 'events', cypher: EVENTS, caches: 'entities', connection: 'eventsConnection' });
export const metWith = groupedRead<EntityRow>({ name: 'metWith', cypher: metWithProjecting(ENTITY_PROJECTION), narrowed: (properties) => metWithProjecting(entityProjection(properties)), params: { meetingTypes: MET_WITH_EVENT_TYPES }, caches: 'entities' });

/** Query.entities and Query.resolutions, anchored on ids, a kind, a Wikidata id or an article where given. */
export const ENTITY_LIST: ListSpec<EntityWhere, EntitySort> = {
  name: 'entities',
  match: 'MATCH (e:Entity)',
  anchors: [
    anchorOn((where) => where.id, (id) => `(e:Entity {id: ${id}})`),
    anchorOn((where) => where.wikidataId, (id) => `(e:Entity {wikidataId: ${id}})`),
    anchorOn((where) => where.article, (id) => `(:Article {id: ${id}})-[:MENTIONS|REPORTS]->(e:Entity)`),
    anchorOn((where) => where.kind, (kind) => `(e:Entity {kind: ${kind}})`),
  ],
  variables: 'e',
  distinct: true,
  where: {
    id: scalar('e.id'),
    kind: scalar('e.kind'),
    name: scalar('e.name'),
    wikidataId: scalar('e.wikidataId'),
    article: through((x) => `(${x}:Article)-[:MENTIONS|REPORTS]->(e)`, (x) => `${x}.id`),
    reportedBy: through((x) => `(${x}:Article)-[:MENTIONS|REPORTS]->(e)`, (x) => `${x}.publisher`),
    minSources: atLeast('size(COLLECT { MATCH (source:Article)-[:MENTIONS|REPORTS]->(e) RETURN DISTINCT source.id })'),
  },
  sort: { name: ['e.name'], kind: ['e.kind'], id: ['e.id'] },
  defaultSort: [{ name: 'ASC' }],
  tieBreak: ['e.id'],
  projection: (_evidence, selected) => entityProjection(propertiesForFields(selected)),
};

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  page(request: PageRequest<EntityWhere, EntitySort>, wants: PageWants): Promise<Page<EntityRow>> {
    return readPage(this.executor, ENTITY_LIST, request, wants);
  }
}
