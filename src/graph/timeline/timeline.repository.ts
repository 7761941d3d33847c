// The dated events that pass a filter, counted by day of start, interval, status and type: the timeline places
// them in buckets (timeline.resolver.ts), so the query's answer is bounded by distinct dates, not by events.
import type { EventStatus, EventType } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { compileListWhere, matching } from '../common/list';
import { allOf } from '../common/where';
import type { DateRange } from '../common/filters';
import { EVENT_LIST } from '../event/event.repository';
import type { EventWhere } from '../event/event.input';

export interface DatedCount {
  dateStart: string;
  dateEnd: string;
  status: EventStatus;
  type: EventType;
  count: number;
}

export class TimelineRepository {
  constructor(private readonly executor: Executor) {}

  /** Events that pass `where` and start within `range` (any start when none), counted per start, end, status, type. */
  async eventStarts(where: EventWhere | null | undefined, range: DateRange | null): Promise<DatedCount[]> {
    // Starting in the range implies overlapping it: saying so lets the query start from the date index.
    const compiled = compileListWhere(EVENT_LIST, allOf<EventWhere>(where, range ? { during: range } : null));
    const { params } = compiled;
    const starts = range ? `n.dateStart >= ${params.add(range.from)} AND n.dateStart <= ${params.add(range.to)}` : 'n.dateStart IS NOT NULL';
    const rows = await this.executor.read(
      `${matching(EVENT_LIST, compiled, starts)}
RETURN n.dateStart AS dateStart, n.dateEnd AS dateEnd, n.status AS status, n.type AS type, count(*) AS count`,
      params.values,
    );
    return rows as unknown as DatedCount[];
  }
}
