// Counts for dashboards, in one query.
import type { Executor } from '../../neo4j/executor';

const STATS = `
RETURN
  COLLECT { MATCH (e:Entity) WITH e.kind AS key, count(*) AS count RETURN {key: key, count: count} ORDER BY key } AS byKind,
  COLLECT { MATCH (e:Event) WITH e.type AS key, count(*) AS count RETURN {key: key, count: count} ORDER BY key } AS byType,
  COLLECT { MATCH (e:Event) WITH e.status AS key, count(*) AS count RETURN {key: key, count: count} ORDER BY key } AS byStatus,
  COLLECT {
    MATCH (e:Event) WHERE e.date IS NOT NULL
    WITH e.date AS key, e.dateStart AS dateStart, e.dateEnd AS dateEnd, count(*) AS count
    // Time order, as model/dates.ts orderByDate: start, the narrower interval first, then the form.
    RETURN {key: key, count: count} ORDER BY dateStart, dateEnd, key
  } AS timeline,
  COUNT { MATCH (:Article) } AS articles,
  COUNT { MATCH (:Statement) } AS statements,
  COUNT { MATCH (:Claim) } AS claims`;

export interface KeyCount {
  key: string;
  count: number;
}

export interface StatsRow {
  byKind: KeyCount[];
  byType: KeyCount[];
  byStatus: KeyCount[];
  timeline: KeyCount[];
  articles: number;
  statements: number;
  claims: number;
}

export class StatsRepository {
  constructor(private readonly executor: Executor) {}

  async stats(): Promise<StatsRow> {
    const [row] = await this.executor.read(STATS);
    return row as unknown as StatsRow;
  }
}
