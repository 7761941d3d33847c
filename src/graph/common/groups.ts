// Grouped counts of a list: the rows that pass its where, grouped by one or more keys (a date bucketed by day,
// week, month or year), counted, filtered by count (having), ordered and bounded. One Cypher query per grouping.
import { ENTITY_PROPERTIES, type DatePrecision, type EntityRow } from '../../model';
import { entityProjection, type References } from '../entity/entity.repository';
import { BadUserInputError } from '../../errors';
import type { Executor } from '../../neo4j/executor';
import type { SortDirection } from './enums';
import type { ScalarFilter } from './filters';
import { compileListWhere, matching, type ListSpec } from './list';
import { rootScope, scalar, type Composable } from './where';

/** What one group key of a list is, in Cypher over the list's variables. */
export interface GroupKey {
  /** The key's value; for a DATE key, the ISO day bucketed (see `dated`). */
  value: string;
  /** Rows with several values of the key (a statement's subjects) unwind this list first; keys naming one list share it. */
  unwind?: { variable: string; list: string };
  /**
   * The value is an entity node: groups are made by node and its id is read only for the groups shown (not for
   * every row counted), and the group's key shows the entity.
   */
  entity?: boolean;
  /** The value is an ISO day, counted in the bucket that holds it. */
  dated?: boolean;
}

/** The aggregates of a number, where a list has one (a claim's value). */
export interface NumberStats {
  min: number | null;
  max: number | null;
  sum: number | null;
  avg: number | null;
}

export interface GroupRow extends References {
  keys: { field: string; value: string | null; entityId: string | null }[];
  count: number;
  value?: NumberStats;
}

export type GroupOrder = 'COUNT' | 'KEY';

export interface GroupRequest<F extends string> {
  by: F[];
  bucket?: DatePrecision | null;
  first: number;
  sort?: { by?: GroupOrder | null; direction?: SortDirection | null } | null;
  having?: ScalarFilter<number> | null;
}

/** Cypher's truncation unit of each bucket (the enum value never reaches Cypher as user text). */
const TRUNCATE_UNIT: Record<DatePrecision, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** Most keys one grouping may name. */
export const MAX_GROUP_KEYS = 3;

function checkedKeys<F extends string>(keys: Record<F, GroupKey>, request: GroupRequest<F>): GroupKey[] {
  if (request.by.length === 0 || request.by.length > MAX_GROUP_KEYS) {
    throw new BadUserInputError(`Argument "by" must name 1 to ${MAX_GROUP_KEYS} keys; got ${request.by.length}.`, 'by');
  }
  if (new Set(request.by).size !== request.by.length) throw new BadUserInputError(`Argument "by" names a key twice: ${request.by.join(', ')}.`, 'by');
  const chosen = request.by.map((field) => keys[field]);
  if (request.bucket != null && !chosen.some((key) => key.dated)) {
    throw new BadUserInputError(`Argument "bucket" sizes the groups of a date key, and "by" names none (${request.by.join(', ')}).`, 'bucket');
  }
  return chosen;
}

/**
 * The groups of the rows that pass `where`. A row counts once in each group its keys put it in: grouped by a
 * key with several values (the participants of an event), it counts once per value, so `by: [ROLE]` counts the
 * parties and the mediators, not the events that have some.
 */
export async function readGroups<W extends Composable<W>, S, F extends string>(
  executor: Executor,
  spec: ListSpec<W, S>,
  keys: Record<F, GroupKey>,
  where: W | null | undefined,
  request: GroupRequest<F>,
  /** A number to aggregate per group (min, max, sum, avg), where the list has one. */
  measured?: string,
  /** The answer shows the entities of entity keys: they come back with the groups, in `refs`. */
  withEntities = false,
): Promise<GroupRow[]> {
  const chosen = checkedKeys(keys, request);
  const compiled = compileListWhere(spec, where);
  const { params } = compiled;
  const unwinds = new Map(chosen.flatMap((key) => (key.unwind ? [[key.unwind.variable, key.unwind.list] as const] : [])));
  const unit = TRUNCATE_UNIT[request.bucket ?? 'DAY'];
  const bucketed = (day: string) => `CASE WHEN ${day} IS NULL THEN null ELSE toString(date.truncate('${unit}', date(${day}))) END`;
  const values = chosen.map((key, i) => `${key.dated ? bucketed(key.value) : key.entity ? key.value : `toString(${key.value})`} AS k${i}`);
  const aliases = chosen.map((_, i) => `k${i}`);
  // What a key shows and orders by: an entity key's id, any other key's value.
  const shown = chosen.map((key, i) => (key.entity ? `k${i}.id` : `k${i}`));
  const having = request.having ? scalar('count')(request.having, rootScope(params, 'having')) : null;
  const direction = request.sort?.direction ?? 'DESC';
  const order = (request.sort?.by ?? 'COUNT') === 'COUNT' ? [`count ${direction}`, ...shown] : [...shown.map((key) => `${key} ${direction}`), 'count DESC'];
  const stats = measured ? `, min(${measured}) AS min, max(${measured}) AS max, sum(${measured}) AS sum, avg(${measured}) AS avg` : '';
  const entityKeys = withEntities ? aliases.filter((_, i) => chosen[i].entity) : [];
  const references = entityKeys.length ? `, [x IN [${entityKeys.join(', ')}] WHERE x IS NOT NULL | ${entityProjection(ENTITY_PROPERTIES, 'x')}] AS refs` : ', [] AS refs';
  const cypher = `${matching(spec, compiled)}
${[...unwinds].map(([variable, list]) => `UNWIND ${list} AS ${variable}`).join('\n')}
WITH ${values.join(', ')}, count(*) AS count${stats}
${having ? `WHERE ${having}` : ''}
WITH * ORDER BY ${order.join(', ')}
LIMIT ${params.add(request.first)}
RETURN [${shown.join(', ')}] AS keys, count${measured ? ', {min: min, max: max, sum: sum, avg: avg} AS value' : ''}${references}`;
  const rows = await executor.read(cypher, params.values);
  return rows.map((row) => ({
    keys: (row.keys as (string | null)[]).map((value, i) => ({ field: request.by[i], value, entityId: chosen[i].entity ? value : null })),
    count: row.count as number,
    refs: row.refs as EntityRow[],
    ...(measured ? { value: row.value as NumberStats } : {}),
  }));
}
