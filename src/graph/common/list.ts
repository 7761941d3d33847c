// A root list, declared once beside its Cypher (a ListSpec), and everything read from it: a page in any sort
// order with keyset cursors, forward or backward; its totalCount; grouped counts. One query per page, whose
// parts (the rows, the count, whether anything lies beyond the cursor) are only there when the answer asks.
import type { Executor, Params } from '../../neo4j/executor';
import { BadUserInputError } from '../../errors';
import type { SortDirection } from './enums';
import type { ScalarFilter } from './filters';
import { compileWhere, CypherParams, rootScope, type Composable, type WhereSpec } from './where';

/** Where a list's rows come from, what its where and sort fields mean, and what a row holds. */
export interface ListSpec<W extends Composable<W>, S> {
  /** The list's name, in cursors and errors. */
  name: string;
  /** The MATCH that binds the list's variables when no anchor applies (a whole label, bounded by the page). */
  match: string;
  /**
   * Narrower MATCHes, each tried on the top-level conditions of the where (and of its top-level ANDs): the first
   * that applies starts the query from an indexed node. An anchor only narrows, and the rest of the where still
   * applies; the condition it was built from is left out only where the anchor says all of it (`covers`).
   */
  anchors: ((where: W, params: CypherParams) => Anchor | null)[];
  /** The variables a row is made of, as the MATCH binds them ("n", or "h, n, t" for a relationship). */
  variables: string;
  /** Whether an anchor can bind one row twice (a node reached through two relationships). */
  distinct: boolean;
  where: WhereSpec<W>;
  /** Each sort field's ORDER BY expressions; none may be null (coalesce them) so that cursors can compare. */
  sort: { [K in keyof S]-?: string[] };
  defaultSort: S[];
  /** What makes two rows distinct, appended to every order: a stable tie-break. */
  tieBreak: string[];
  /**
   * The row returned, given whether the answer shows evidence and the field names it selects below the list
   * (rows of entities and articles project only the properties those need; a page's rows fill no cache).
   */
  projection: (evidence: boolean, selected: Set<string>) => string;
  /** Parameters the MATCH itself uses (a full-text query), beside those the request's where adds. */
  params?: Params;
  /** A page of one busy node's rows in index order (see HubWalk). */
  hubWalk?: HubWalk<W>;
}

/**
 * The rows of one node, sorted by an indexed property (the sources of an entity, by id). For most nodes the
 * page reads all of the node's rows and sorts them; for a node linked to a large share of all rows (a country
 * mentioned by every tenth article), walking the index in order and keeping the rows linked to it finds the page
 * after (page size × all rows ÷ its rows) steps instead. The query picks the way by the node's degree. Used when
 * the where is `pick`'s filter alone with `eq`, and the sort is `sorted` alone.
 */
export interface HubWalk<W> {
  pick: (where: W) => ScalarFilter<unknown> | null | undefined;
  /** Binds the node `x` from its id. */
  node: (id: string) => string;
  /** How many rows `x` has (a degree: read from the store, not counted). */
  degree: string;
  /** How many rows there are in all (a count the store keeps). */
  all: string;
  /** The only sort expression the walk serves: the indexed property. */
  sorted: string;
  /** The MATCH of `x`'s rows by expanding from it. */
  expand: string;
  /** The MATCH of `x`'s rows by walking the index of `sorted`. */
  walk: string;
}

export interface PageRequest<W, S> {
  where?: W | null;
  sort?: S[] | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What the answer selects of the connection: the parts of the query that are built only when asked. */
export interface PageWants {
  totalCount: boolean;
  pageInfo: boolean;
  evidence: boolean;
  /** Every field name the answer selects below the list. */
  selected: Set<string>;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/**
 * The sort expressions of a dated node or relationship: its interval's start, then its end (model/dates.ts). The
 * undated sort after every date, as a value: a cursor compares values, and null compares to nothing.
 */
export const byInterval = (variable: string): string[] => [`coalesce(${variable}.dateStart, '9999-12-31')`, `coalesce(${variable}.dateEnd, '9999-12-31')`];

/** The page size when neither first nor last is given. */
export const DEFAULT_PAGE = 20;

interface SortKey {
  expression: string;
  direction: SortDirection;
}

/** The order a sort input asks for, as ORDER BY terms, with its signature (a cursor is only valid for its own). */
function sortKeys<S>(spec: Pick<ListSpec<never, S>, 'sort' | 'defaultSort' | 'tieBreak'>, sort: S[] | null | undefined): { keys: SortKey[]; signature: string } {
  const chosen = sort && sort.length > 0 ? sort : spec.defaultSort;
  const named: string[] = [];
  const keys: SortKey[] = [];
  chosen.forEach((element, i) => {
    const fields = Object.entries(element as Record<string, SortDirection | null | undefined>).filter(([, direction]) => direction != null);
    if (fields.length !== 1) {
      throw new BadUserInputError(`Argument "sort[${i}]" must name exactly one field (such as { ${Object.keys(spec.sort)[0]}: ASC }); got ${fields.length}.`, `sort[${i}]`);
    }
    const [[field, direction]] = fields as [string, SortDirection][];
    if (named.some((name) => name.startsWith(`${field}:`))) throw new BadUserInputError(`Argument "sort" names "${field}" twice.`, 'sort');
    named.push(`${field}:${direction}`);
    for (const expression of (spec.sort as Record<string, string[]>)[field]) keys.push({ expression, direction });
  });
  for (const expression of spec.tieBreak) keys.push({ expression, direction: 'ASC' });
  return { keys, signature: named.join(',') };
}

const flip = (direction: SortDirection): SortDirection => (direction === 'ASC' ? 'DESC' : 'ASC');

/** The rows strictly after `values` in the order of `keys`: a lexicographic comparison spelled out. */
function afterCondition(keys: SortKey[], values: unknown[], params: CypherParams): string {
  const terms = keys.map(({ expression, direction }, i) => ({ expression, operator: direction === 'ASC' ? '>' : '<', value: params.add(values[i]) }));
  const build = (i: number): string => {
    const { expression, operator, value } = terms[i];
    const strictly = `${expression} ${operator} ${value}`;
    return i === terms.length - 1 ? strictly : `${strictly} OR (${expression} = ${value} AND (${build(i + 1)}))`;
  };
  return build(0);
}

const encodeCursor = (signature: string, values: unknown[]) => Buffer.from(JSON.stringify([signature, ...values])).toString('base64url');

function decodeCursor(argument: string, cursor: string, signature: string, length: number): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    decoded = null;
  }
  const valid = Array.isArray(decoded) && typeof decoded[0] === 'string' && decoded.slice(1).every((value) => ['string', 'number', 'boolean'].includes(typeof value));
  if (!valid) throw new BadUserInputError(`Argument "${argument}" is not a cursor of this list: "${cursor.slice(0, 100)}".`, argument);
  const [madeFor, ...values] = decoded as [string, ...unknown[]];
  if (madeFor !== signature) {
    throw new BadUserInputError(`Argument "${argument}" is a cursor of another sort order (${madeFor || 'the default'}); ask again without it, or with the sort it was made for.`, argument);
  }
  if (values.length !== length) throw new BadUserInputError(`Argument "${argument}" is not a cursor of this list: "${cursor.slice(0, 100)}".`, argument);
  return values;
}

/** A MATCH that binds a list's variables from a condition of its where. */
export interface Anchor {
  match: string;
  /**
   * The MATCH says everything the where it was built from says: that where's condition need not be checked
   * again (the sources of one subject: the anchor finds them, and checking each one's MENTIONS again would
   * double the database hits).
   */
  covers: boolean;
}

const isSet = (value: unknown) => value !== null && value !== undefined;

/** Whether `where` is `filter` alone, with one operator (eq or in) and nothing else set. */
function isSoleFilter(where: object, filter: object): boolean {
  const setFields = Object.values(where).filter(isSet);
  return setFields.length === 1 && setFields[0] === filter && Object.values(filter).filter(isSet).length === 1;
}

/**
 * An anchor on an id filter of the where (`pick` finds it): when it asks for given ids, the query starts from
 * them, `pattern(variable)` binding the list's variables from the id in `variable`. It covers a where that is
 * that filter alone, with eq or in and nothing else, which `pattern` must then mean exactly.
 */
export function anchorOn<W>(pick: (where: W) => ScalarFilter<unknown> | null | undefined, pattern: (variable: string) => string) {
  return (where: W, params: CypherParams): Anchor | null => {
    const filter = pick(where);
    const values = filter?.eq != null ? [filter.eq] : filter?.in;
    if (!filter || !values || values.length === 0) return null;
    return { match: `UNWIND ${params.add(values)} AS anchor\nMATCH ${pattern('anchor')}`, covers: isSoleFilter(where as object, filter) };
  };
}

/** The compiled where of a request: its MATCH (anchored where it can be), its condition and parameters. */
export interface CompiledWhere {
  match: string;
  condition: string | null;
  params: CypherParams;
}

/** Top-level conditions: the where itself and, through AND, every conjunct (an anchor may use any of them). */
function conjuncts<W extends Composable<W>>(where: W): W[] {
  return [where, ...(where.AND ?? []).flatMap(conjuncts)];
}

export function compileListWhere<W extends Composable<W>, S>(spec: ListSpec<W, S>, where: W | null | undefined): CompiledWhere {
  const params = new CypherParams();
  const anchored = where ? anchorOf(spec, where, params) : null;
  const condition = compileWhere(spec.where, anchored?.covers ? withoutPart(where as W, anchored.part) : where, rootScope(params));
  return { match: anchored?.match ?? spec.match, condition, params };
}

/** The first anchor that applies to a top-level condition, and that condition. */
function anchorOf<W extends Composable<W>, S>(spec: ListSpec<W, S>, where: W, params: CypherParams): (Anchor & { part: W }) | null {
  for (const part of conjuncts(where)) {
    for (const anchor of spec.anchors) {
      const anchored = anchor(part, params);
      if (anchored) return { ...anchored, part };
    }
  }
  return null;
}

/** The where without a condition an anchor covers: nothing left, or its top-level AND without it (deeper: the whole where still). */
function withoutPart<W extends Composable<W>>(where: W, part: W): W | null {
  if (part === where) return null;
  return where.AND?.includes(part) ? { ...where, AND: where.AND.filter((other) => other !== part) } : where;
}

/**
 * MATCH … WITH [DISTINCT] … WHERE …: the rows of a list that pass its where (and any extra conditions). The
 * condition follows a WITH so that an anchor may end in a WHERE of its own.
 */
export function matching(spec: Pick<ListSpec<never, unknown>, 'variables' | 'distinct'>, compiled: CompiledWhere, ...extra: string[]): string {
  const conditions = [compiled.condition, ...extra].filter((condition): condition is string => condition !== null).map((condition) => `(${condition})`);
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return `${compiled.match}\nWITH ${spec.distinct ? 'DISTINCT ' : ''}${spec.variables}${where}`;
}

/** Checks first/last/after/before together: one direction per request. */
function pageDirection(request: PageRequest<unknown, unknown>): { backward: boolean; size: number; cursor: { argument: string; value: string } | null } {
  if (request.first != null && request.last != null) throw new BadUserInputError('Arguments "first" and "last" cannot both be given: page forward with first/after, or backward with last/before.', 'last');
  if (request.last != null || request.before != null) {
    if (request.after != null) throw new BadUserInputError('Argument "after" pages forward; with last/before use "before".', 'after');
    if (request.first != null) throw new BadUserInputError('Argument "first" pages forward; with "before" use "last".', 'first');
    return { backward: true, size: request.last ?? DEFAULT_PAGE, cursor: request.before != null ? { argument: 'before', value: request.before } : null };
  }
  return { backward: false, size: request.first ?? DEFAULT_PAGE, cursor: request.after != null ? { argument: 'after', value: request.after } : null };
}

/** One page of a list, with its count and page info where the answer asks for them. */
export async function readPage<W extends Composable<W>, S, T>(executor: Executor, spec: ListSpec<W, S>, request: PageRequest<W, S>, wants: PageWants): Promise<Page<T>> {
  const compiled = compileListWhere(spec, request.where);
  const { keys: naturalKeys, signature } = sortKeys(spec, request.sort);
  const { backward, size, cursor } = pageDirection(request);
  const keys = backward ? naturalKeys.map((key) => ({ ...key, direction: flip(key.direction) })) : naturalKeys;
  const { params } = compiled;
  const past = cursor ? afterCondition(keys, decodeCursor(cursor.argument, cursor.value, signature, keys.length), params) : null;
  const limit = params.add(size + 1);
  const aliases = keys.map((_, i) => `s${i}`);
  const order = keys.map(({ direction }, i) => `${aliases[i]} ${direction}`).join(', ');
  const pageFrom = (source: CompiledWhere) => `${matching(spec, source, ...(past ? [past] : []))}
WITH ${spec.variables}, ${keys.map(({ expression }, i) => `${expression} AS ${aliases[i]}`).join(', ')}
ORDER BY ${order}
LIMIT ${limit}`;
  const columns = `${spec.variables}, ${aliases.join(', ')}`;
  const hub = hubOf(spec, request.where, keys);
  const hubRows = ({ walk, id }: NonNullable<typeof hub>) => {
    const node = walk.node(params.add(id));
    // Walking finds a page after about limit × all ÷ degree steps; expanding reads degree rows.
    const busy = `${walk.degree} * ${walk.degree} > ${limit} * ${walk.all}`;
    // Each way in a CALL (x) of its own: only there does the planner keep the index's order and stop at the limit.
    const way = (condition: string, match: string) => `MATCH ${node}
WITH x WHERE ${condition}
CALL (x) {
${pageFrom({ ...compiled, match })}
RETURN ${columns}
}
RETURN ${columns}`;
    return `CALL () {\n${way(busy, walk.walk)}\nUNION ALL\n${way(`NOT (${busy})`, walk.expand)}\n}`;
  };
  const rows = hub ? hubRows(hub) : pageFrom(compiled);
  const parts = [
    `CALL () {
${rows}
RETURN collect({row: ${spec.projection(wants.evidence, wants.selected)}, key: [${aliases.join(', ')}]}) AS page
}`,
  ];
  if (wants.totalCount) parts.push(`CALL () {\n${matching(spec, compiled)}\nRETURN count(*) AS total\n}`);
  const beyondCursor = Boolean(past && wants.pageInfo);
  if (beyondCursor) parts.push(`CALL () {\n${matching(spec, compiled, `NOT (${past})`)}\nWITH 1 AS one LIMIT 1\nRETURN count(*) > 0 AS beyond\n}`);
  const cypher = `${parts.join('\n')}\nRETURN {page: page${wants.totalCount ? ', total: total' : ''}${beyondCursor ? ', beyond: beyond' : ''}} AS result`;
  // With the pages asked for in the same tick (one per item of a list): one round trip for all of them.
  const result = await executor.readOne(cypher, { ...spec.params, ...params.values });
  const found = result.page as { row: T; key: unknown[] }[];
  const more = found.length > size;
  const shown = found.slice(0, size);
  if (backward) shown.reverse();
  const edges = shown.map(({ row, key }) => ({ cursor: encodeCursor(signature, key), node: row }));
  const beyond = Boolean(result.beyond);
  return {
    edges,
    totalCount: wants.totalCount ? (result.total as number) : null,
    pageInfo: {
      hasNextPage: backward ? beyond : more,
      hasPreviousPage: backward ? more : beyond,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The hub walk a page can take: its where is the walk's filter alone, with one id, and its sort the indexed property alone. */
function hubOf<W extends Composable<W>, S>(spec: ListSpec<W, S>, where: W | null | undefined, keys: SortKey[]) {
  const walk = spec.hubWalk;
  if (!walk || !where || !keys.every((key) => key.expression === walk.sorted)) return null;
  const filter = walk.pick(where);
  if (filter?.eq == null || !isSoleFilter(where as object, filter)) return null;
  return { walk, id: filter.eq as string };
}

/** How many rows of a list pass its where. */
export async function countRows<W extends Composable<W>, S>(executor: Executor, spec: ListSpec<W, S>, where: W | null | undefined): Promise<number> {
  const compiled = compileListWhere(spec, where);
  const [row] = await executor.read(`${matching(spec, compiled)}\nRETURN count(*) AS total`, { ...spec.params, ...compiled.params.values });
  return row.total as number;
}
