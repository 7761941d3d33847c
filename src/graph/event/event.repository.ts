// Events: the list of Query.events and Query.negotiations (filtered, sorted, paged), each event's participants and reports.
import { type DatePrecision, type EntityRow, type EventStatus, type StoredEvidence } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { PAST_LIST_BOUND } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import type { GroupKey } from '../common/groups';
import { anchorOn, byInterval, readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { anyOf, atLeast, during, equals, related, scalar, through, type WhereSpec } from '../common/where';
import { entityProjection, evidenceIf, propertiesForFields, refs, type References } from '../entity/entity.repository';
import type { EventSort, EventWhere, ParticipantWhere } from './event.input';

export interface ParticipantRow extends Partial<StoredEvidence>, References {
  eventId: string;
  entityId: string;
  role: string;
  status: EventStatus;
}

// A participation's own modality, where its article gives one, else its event's.
const PARTICIPANTS = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (e:Entity)-[r:PARTICIPATED_IN]->(event:Entity {id: id})
WITH id, e, r, event ORDER BY r.role, e.name
RETURN id, collect(r {eventId: id, entityId: e.id, .role, status: coalesce(r.status, event.status), ${evidenceIf(evidence)}${refs('e')}})[0..${PAST_LIST_BOUND}] AS rows`;

export const participants = groupedRead<ParticipantRow>({ name: 'participants', cypher: PARTICIPANTS, caches: 'references' });

/** One article's version of an event: the status and date it gives, with its words. */
export interface ReportRow extends Partial<StoredEvidence> {
  eventId: string;
  articleId: string;
  status: EventStatus;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision | null;
}

// In the order the articles were written (reportedAt carries its UTC offset, so it is compared as a datetime).
const REPORTS = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (a:Article)-[r:REPORTS]->(:Entity {id: id})
WITH id, a, r ORDER BY datetime(a.reportedAt), a.id
RETURN id, collect(r {${evidenceIf(evidence)}eventId: id, articleId: a.id, .status, .date, .dateStart, .dateEnd, .datePrecision})[0..${PAST_LIST_BOUND}] AS rows`;

export const reports = groupedRead<ReportRow>({ name: 'reports', cypher: REPORTS, caches: 'nothing', costItems: 2 });

/** What each field of EventWhere means for the event bound to `n`. */
export const eventWhere = (n: string): WhereSpec<EventWhere> => ({
  id: scalar(`${n}.id`),
  name: scalar(`${n}.name`),
  type: scalar(`${n}.type`),
  status: scalar(`${n}.status`),
  during: during(`${n}.dateStart`, `${n}.dateEnd`),
  disputed: equals(`${n}.disputed`),
  place: anyOf(`COLLECT { MATCH (${n})-[:TOOK_PLACE_IN]->(place) RETURN place.id }`),
  placeWithin: (id, { params }) => `EXISTS { MATCH (${n})-[:TOOK_PLACE_IN]->(:Entity)-[:LOCATED_IN|CAPITAL_OF*0..5]->(:Entity {id: ${params.add(id)}}) }`,
  participants: related((r) => `(${n})<-[${r}:PARTICIPATED_IN]-(${r}e:Entity)`, (r) => participantWhere(n, r)),
  article: through((a) => `(${a}:Article)-[:REPORTS]->(${n})`, (a) => `${a}.id`),
  reportedBy: through((a) => `(${a}:Article)-[:REPORTS]->(${n})`, (a) => `${a}.publisher`),
  minSources: atLeast(`${n}.sourceCount`),
});

/** ParticipantWhere for the participation `r` (from the entity `<r>e`) of the event `n`. */
const participantWhere = (n: string, r: string): WhereSpec<ParticipantWhere> => ({
  entity: scalar(`${r}e.id`),
  kind: scalar(`${r}e.kind`),
  role: scalar(`${r}.role`),
  status: scalar(`coalesce(${r}.status, ${n}.status)`),
  article: anyOf(`${r}.evArticle`),
});

/** Query.events and Query.negotiations; the anchors start from a participant, a place, an article or an index. */
export const EVENT_LIST: ListSpec<EventWhere, EventSort> = {
  name: 'events',
  match: 'MATCH (n:Event)',
  anchors: [
    anchorOn((where) => where.id, (id) => `(n:Entity {id: ${id}}) WHERE n:Event`),
    anchorOn((where) => where.participants?.some?.entity, (id) => `(:Entity {id: ${id}})-[:PARTICIPATED_IN]->(n:Event)`),
    anchorOn((where) => where.place, (id) => `(:Entity {id: ${id}})<-[:TOOK_PLACE_IN]-(n:Event)`),
    (where, params) => (where.placeWithin != null ? { covers: false, match: `MATCH (:Entity {id: ${params.add(where.placeWithin)}})<-[:LOCATED_IN|CAPITAL_OF*0..5]-(:Entity)<-[:TOOK_PLACE_IN]-(n:Event)` } : null),
    anchorOn((where) => where.article, (id) => `(:Article {id: ${id}})-[:REPORTS]->(n:Event)`),
    anchorOn((where) => where.type, (type) => `(n:Event {type: ${type}})`),
    anchorOn((where) => where.status, (status) => `(n:Event {status: ${status}})`),
    (where, params) => (where.during ? { covers: false, match: `MATCH (n:Event) WHERE n.dateStart <= ${params.add(where.during.to)} AND n.dateEnd >= ${params.add(where.during.from)}` } : null),
  ],
  variables: 'n',
  distinct: true,
  where: eventWhere('n'),
  sort: {
    date: byInterval('n'),
    name: ['n.name'],
    type: ['n.type'],
    status: ['n.status'],
    sourceCount: ['n.sourceCount'],
    id: ['n.id'],
  },
  defaultSort: [{ date: 'ASC' }],
  tieBreak: ['n.id'],
  projection: (_evidence, selected) => entityProjection(propertiesForFields(selected), 'n'),
};

/** What events can be grouped by: a participation gives PARTICIPANT and ROLE together (one UNWIND). */
const PARTICIPATION = { variable: 'participation', list: 'COLLECT { MATCH (n)<-[r:PARTICIPATED_IN]-(p:Entity) RETURN {entity: p, role: r.role} }' };
export const EVENT_GROUPS = {
  TYPE: { value: 'n.type' },
  STATUS: { value: 'n.status' },
  PLACE: { value: 'COLLECT { MATCH (n)-[:TOOK_PLACE_IN]->(place) RETURN place ORDER BY place.id }[0]', entity: true },
  PARTICIPANT: { value: 'participation.entity', unwind: PARTICIPATION, entity: true },
  ROLE: { value: 'participation.role', unwind: PARTICIPATION },
  PUBLISHER: { value: 'publisher', unwind: { variable: 'publisher', list: 'COLLECT { MATCH (a:Article)-[:REPORTS]->(n) RETURN DISTINCT a.publisher }' } },
  DATE: { value: 'n.dateStart', dated: true },
} satisfies Record<string, GroupKey>;

export class EventRepository {
  constructor(private readonly executor: Executor) {}

  page(request: PageRequest<EventWhere, EventSort>, wants: PageWants): Promise<Page<EntityRow>> {
    return readPage(this.executor, EVENT_LIST, request, wants);
  }
}
