// Events: the filtered, paged list of Query.events, the negotiations, and each event's participants.
import { orderByDate, type DatePrecision, type EntityRow, type EventStatus, type EventType, type StoredEvidence } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { MAX_LIST_ITEMS } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import { ENTITY_PROJECTION, evidenceIf, refs, type References } from '../entity/entity.repository';

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
RETURN id, collect(r {eventId: id, entityId: e.id, .role, status: coalesce(r.status, event.status), ${evidenceIf(evidence)}${refs('e')}})[0..${MAX_LIST_ITEMS}] AS rows`;

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
RETURN id, collect(r {${evidenceIf(evidence)}eventId: id, articleId: a.id, .status, .date, .dateStart, .dateEnd, .datePrecision})[0..${MAX_LIST_ITEMS}] AS rows`;

export const reports = groupedRead<ReportRow>({ name: 'reports', cypher: REPORTS, caches: 'nothing', costItems: 2 });

/** The filtered list, anchored on a participant when one is given, else on the indexed type or status. */
function filteredEvents(filter: EventFilter): string {
  const anchor = filter.participant !== null
    ? 'MATCH (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e:Event)'
    : filter.type !== null
      ? 'MATCH (e:Event {type: $type})'
      : filter.status !== null
        ? 'MATCH (e:Event {status: $status})'
        : 'MATCH (e:Event)';
  return `
${anchor}
WHERE ($type IS NULL OR e.type = $type) AND ($status IS NULL OR e.status = $status)
WITH DISTINCT e ORDER BY ${orderByDate('e')}
WITH collect(e) AS matches
RETURN size(matches) AS total, [e IN matches[$offset..$offset + $first] | ${ENTITY_PROJECTION}] AS rows`;
}

const NEGOTIATIONS = `
MATCH (e:Event {type: 'NEGOTIATION'})
WITH e ORDER BY ${orderByDate('e')}
LIMIT $limit
RETURN ${ENTITY_PROJECTION} AS row`;

export interface EventFilter {
  type: EventType | null;
  status: EventStatus | null;
  participant: string | null;
}

export class EventRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: EventFilter, offset: number, first: number): Promise<{ total: number; rows: EntityRow[] }> {
    const [result] = await this.executor.read(filteredEvents(filter), { ...filter, offset, first });
    return { total: result.total as number, rows: result.rows as EntityRow[] };
  }

  async negotiations(limit: number): Promise<EntityRow[]> {
    return (await this.executor.read(NEGOTIATIONS, { limit })).map((row) => row.row as EntityRow);
  }
}
