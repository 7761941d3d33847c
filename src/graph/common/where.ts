// Compiles a `where` input into one parameterized Cypher condition. Each list declares, beside its Cypher, what
// each field of its where input means (a WhereSpec); AND, OR and NOT compose them here, the same for every list.
// User values only ever reach Cypher as parameters; every refusal names the input path and what is accepted.
import { dateInterval } from '../../model';
import type { Params } from '../../neo4j/executor';
import { BadUserInputError } from '../../errors';
import type { DateRange, ScalarFilter } from './filters';

/** How deep AND/OR/NOT and relationship filters may nest: deeper is refused, not planned. */
export const MAX_WHERE_DEPTH = 5;
/** Most values one `in` may list. */
export const MAX_IN_VALUES = 100;

/** The parameters and fresh variable names of one query being built. */
export class CypherParams {
  readonly values: Params = {};
  private count = 0;

  /** A new parameter holding `value`, as `$p<n>`. */
  add(value: unknown): string {
    const name = `p${this.count++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** A variable name no other part of the query uses. */
  variable(prefix: string): string {
    return `${prefix}${this.count++}`;
  }
}

/** Where a condition is being compiled: the query's parameters, the input path (for errors) and the nesting. */
export interface Scope {
  params: CypherParams;
  path: string;
  depth: number;
}

export const rootScope = (params: CypherParams, path = 'where'): Scope => ({ params, path, depth: 0 });
const inner = (scope: Scope, name: string, deeper = 0): Scope => ({ ...scope, path: `${scope.path}.${name}`, depth: scope.depth + deeper });

/** What one field of a where input becomes: a Cypher condition, or null for none. */
export type FieldCondition<V> = (value: V, scope: Scope) => string | null;

export interface Composable<W> {
  AND?: W[] | null;
  OR?: W[] | null;
  NOT?: W | null;
}

/** A where input's fields (but AND, OR, NOT), each with its meaning. */
export type WhereSpec<W> = { [K in keyof W as K extends keyof Composable<W> ? never : K]-?: FieldCondition<NonNullable<W[K]>> };

/** The conditions given, joined by AND (each in parentheses when there are several); null when none. */
export const conjunction = (conditions: (string | null)[]): string | null => {
  const present = conditions.filter((condition): condition is string => condition !== null);
  return present.length === 0 ? null : present.length === 1 ? present[0] : present.map((condition) => `(${condition})`).join(' AND ');
};

/** The condition of a where input; null when it asks for nothing. */
export function compileWhere<W extends Composable<W>>(spec: WhereSpec<W>, where: W | null | undefined, scope: Scope): string | null {
  if (where === null || where === undefined) return null;
  if (scope.depth > MAX_WHERE_DEPTH) {
    throw new BadUserInputError(`Argument "${scope.path}" nests deeper than ${MAX_WHERE_DEPTH} levels of AND, OR, NOT, some and none; flatten the filter.`, scope.path);
  }
  const conditions: (string | null)[] = [];
  for (const [name, value] of Object.entries(where) as [keyof W & string, unknown][]) {
    if (value === null || value === undefined) continue;
    if (name === 'AND' || name === 'OR') {
      const parts = (value as W[]).map((part, i) => compileWhere(spec, part, inner(scope, `${name}[${i}]`, 1)) ?? 'true');
      if (parts.length === 0) throw new BadUserInputError(`Argument "${scope.path}.${name}" must list at least one filter.`, `${scope.path}.${name}`);
      conditions.push(parts.map((part) => `(${part})`).join(` ${name} `));
    } else if (name === 'NOT') {
      conditions.push(`NOT (${compileWhere(spec, value as W, inner(scope, name, 1)) ?? 'true'})`);
    } else {
      const condition = (spec as Record<string, FieldCondition<unknown>>)[name];
      conditions.push(condition(value, inner(scope, name)));
    }
  }
  return conjunction(conditions);
}

function checkedList<T>(values: T[], scope: Scope): T[] {
  if (values.length === 0) throw new BadUserInputError(`Argument "${scope.path}.in" must list at least one value.`, `${scope.path}.in`);
  if (values.length > MAX_IN_VALUES) throw new BadUserInputError(`Argument "${scope.path}.in" lists ${values.length} values; at most ${MAX_IN_VALUES}.`, `${scope.path}.in`);
  return values;
}

/** A scalar filter on one Cypher expression: eq, in, gte, lte (by the expression's order), contains (any case). */
export const scalar = (expression: string): FieldCondition<ScalarFilter<unknown>> => (filter, scope) => {
  const { params } = scope;
  return conjunction([
    filter.eq != null ? `${expression} = ${params.add(filter.eq)}` : null,
    filter.in != null ? `${expression} IN ${params.add(checkedList(filter.in, scope))}` : null,
    filter.gte != null ? `${expression} >= ${params.add(filter.gte)}` : null,
    filter.lte != null ? `${expression} <= ${params.add(filter.lte)}` : null,
    filter.contains != null ? `toLower(${expression}) CONTAINS ${params.add(filter.contains.toLowerCase())}` : null,
  ]);
};

/** A scalar filter that holds when any item of a Cypher list expression passes it. */
export const anyOf = (list: string): FieldCondition<ScalarFilter<unknown>> => (filter, scope) => {
  const item = scope.params.variable('item');
  const condition = scalar(item)(filter, scope);
  return condition === null ? null : `any(${item} IN ${list} WHERE ${condition})`;
};

/** A Boolean compared for equality. */
export const equals = (expression: string): FieldCondition<boolean> => (value, { params }) => `${expression} = ${params.add(value)}`;

/** At least `value` sources: the expression counts them. */
export const atLeast = (expression: string): FieldCondition<number> => (value, scope) => {
  if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(`Argument "${scope.path}" must be a whole number of at least 0; got ${value}.`, scope.path);
  return `${expression} >= ${scope.params.add(value)}`;
};

/** An ISO day (2024-03-22) that the calendar has (as model/dates.ts reads dates), or a refusal naming the argument. */
export function isoDay(value: string, argument: string): string {
  let precision: string | null;
  try {
    precision = dateInterval(value).datePrecision;
  } catch {
    precision = null;
  }
  if (precision !== 'DAY') {
    throw new BadUserInputError(`Argument "${argument}" must be an ISO day such as 2024-03-22; got "${value}".`, argument);
  }
  return value;
}

/** A range of days, checked: both ISO days, `from` not after `to`. */
export function checkedRange(range: DateRange, argument: string): DateRange {
  const from = isoDay(range.from, `${argument}.from`);
  const to = isoDay(range.to, `${argument}.to`);
  if (from > to) throw new BadUserInputError(`Argument "${argument}" runs backwards: from ${from} is after to ${to}.`, argument);
  return { from, to };
}

/** Overlap of an interval (its first and last day) with the range: a month-precise date overlaps each of its days. */
export const during = (start: string, end: string): FieldCondition<DateRange> => (range, scope) => {
  const { from, to } = checkedRange(range, scope.path);
  return `${start} <= ${scope.params.add(to)} AND ${end} >= ${scope.params.add(from)}`;
};

/** Filters through a relationship: `some` related thing matches, or `none` does. */
export interface RelationFilter<W> {
  some?: W | null;
  none?: W | null;
}

/**
 * A relationship filter: `pattern(variable)` binds the related things from the list's variable, `spec(variable)`
 * says what the related where input's fields mean for them.
 */
export function related<W extends Composable<W>>(pattern: (variable: string) => string, spec: (variable: string) => WhereSpec<W>): FieldCondition<RelationFilter<W>> {
  return (filter, scope) => {
    const exists = (quantifier: 'some' | 'none', where: W) => {
      const variable = scope.params.variable('r');
      const condition = compileWhere(spec(variable), where, inner(scope, quantifier, 1));
      const subquery = `EXISTS { MATCH ${pattern(variable)}${condition ? ` WHERE ${condition}` : ''} }`;
      return quantifier === 'some' ? subquery : `NOT ${subquery}`;
    };
    return conjunction([filter.some != null ? exists('some', filter.some) : null, filter.none != null ? exists('none', filter.none) : null]);
  };
}

/**
 * A scalar filter on something related: holds when any of what `pattern(variable)` binds passes it on
 * `expression(variable)`; `link(variable)`, when given, is a condition tying them to the row (an article id in a
 * fact's evidence list).
 */
export const through = (pattern: (variable: string) => string, expression: (variable: string) => string, link?: (variable: string) => string): FieldCondition<ScalarFilter<unknown>> => (filter, scope) => {
  const variable = scope.params.variable('x');
  const own = scalar(expression(variable))(filter, scope);
  return own === null ? null : `EXISTS { MATCH ${pattern(variable)} WHERE ${conjunction([link ? link(variable) : null, own])} }`;
};

/** The conjunction of several where inputs (shorthand arguments beside `where`); undefined when none. */
export function allOf<W extends Composable<W>>(...wheres: (W | null | undefined)[]): W | undefined {
  const present = wheres.filter((where): where is W => where != null);
  return present.length <= 1 ? present[0] : ({ AND: present } as W);
}

/** How many distinct values a Cypher list holds (an evidence list names one article per span). */
const distinctCount = (list: string): string => `size(reduce(seen = [], item IN ${list} | CASE WHEN item IN seen THEN seen ELSE seen + item END))`;

/** The source filters of a fact that keeps its evidence lists (a stance, a vote): by article, publisher, count. */
export const evidenceSources = (variable: string) => ({
  article: anyOf(`${variable}.evArticle`),
  reportedBy: through((x) => `(${x}:Article)`, (x) => `${x}.publisher`, (x) => `${x}.id IN ${variable}.evArticle`),
  minSources: atLeast(distinctCount(`${variable}.evArticle`)),
});
