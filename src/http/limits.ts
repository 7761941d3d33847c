// What a single GraphQL operation may ask for: depth, aliases, tokens and directives (graphql-armor, at
// validation), and a cost from list sizes (graphql-query-complexity, once the variables are known).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getNullableType, isListType, validate, type DocumentNode, type GraphQLError, type GraphQLField, type GraphQLSchema, type ValidationContext } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Role } from '../access/roles';
import type { Config } from '../config';
import { QueryLimitError } from '../errors';
import { BOUNDS_EXTENSION, boundedValue, type IntBounds } from '../graph/common/arguments';
import { readOf, TYPICAL_LIST_ITEMS } from '../graph/common/grouped-read';

/**
 * A size argument's value, checked against its bounds (out of range is the client's error, named as such, before
 * any cost is counted), or its declared default where the operation passes none (as the resolver will use).
 */
function sizeArgument(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, name: string): number | undefined {
  const bounds = field.args.find((arg) => arg.name === name)?.extensions?.[BOUNDS_EXTENSION] as IntBounds | undefined;
  const value = args[name];
  if (bounds) return boundedValue(name, value, bounds, { beforeExecution: true });
  return typeof value === 'number' ? value : undefined;
}

/** What a relationship filter (some, none) adds to a field's cost: an EXISTS subquery per row examined. */
const RELATIONSHIP_FILTER_COST = 10;

/** What a filter costs: one per condition, more for each relationship filter; nested AND/OR/NOT count in full. */
function filterCost(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((total: number, item) => total + filterCost(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((total, [key, item]) => total + (item == null ? 0 : 1 + (key === 'some' || key === 'none' ? RELATIONSHIP_FILTER_COST : 0) + filterCost(item)), 0);
}

/** How many items a field can return, as far as its arguments and its declaration tell. */
function itemCount(args: Record<string, unknown>, field: GraphQLField<unknown, unknown>): number {
  const size = (name: string) => sizeArgument(field, args, name);
  // A page backward is priced by `last`, as one forward by `first`.
  const last = size('last');
  const first = typeof args.last === 'number' ? last : size('first');
  const limit = size('limit');
  const maxHops = size('maxHops');
  const paths = size('k');
  if (first !== undefined) return first;
  if (paths !== undefined) return paths * ((maxHops ?? 1) + 1);
  // A network is priced by the entities it is drawn among (its edges are a list of their own below it).
  if (Array.isArray(args.of)) return Math.max(1, args.of.length);
  if (limit !== undefined) return limit * (size('depth') ?? 1);
  if (maxHops !== undefined) return maxHops + 1;
  // A connection's edges are already counted by the connection's `first`.
  if (field.name === 'edges') return 1;
  if (!isListType(getNullableType(field.type))) return 1;
  return readOf(field)?.costItems ?? TYPICAL_LIST_ITEMS;
}

/** A field costs 1 plus its filter, plus its children's cost times the number of items it can return. */
const listSizeEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => 1 + filterCost(args.where) + filterCost(args.having) + itemCount(args, field) * childComplexity;

/**
 * Reports an armor rejection as our QueryLimitError, naming the limit (armor's own report would say
 * BAD_USER_INPUT, and prefix the message with a misleading "Syntax Error"). Validation rules report to their
 * context; the token limit, checked while parsing, has none and throws.
 */
const reportAs = (limit: string) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const refusal = new QueryLimitError(error.message.replace(/^Syntax Error: /, ''), limit);
      if (!context) throw refusal;
      context.reportError(refusal);
    },
  ],
});

/** Variable sets remembered per document; past it the oldest is forgotten. */
const COSTS_PER_DOCUMENT = 64;

type ValidationRules = ReturnType<ApolloArmor['protect']>['validationRules'];

export interface QueryLimits {
  /** Depth and aliases at the largest ceilings of any role (Apollo's validation has no caller): checkOperation narrows. */
  validationRules: ValidationRules;
  parseOptions: { maxTokens: number };
  /**
   * Refuses an operation over its caller's role's ceilings (QueryLimitError): depth and aliases where the role's are
   * below the largest, and cost. Both are computed once per document (and set of variables, for the cost): Apollo
   * hands over the same parsed document for the same query text (its document store), so they hang off the document
   * and go with it.
   */
  checkOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, role: Role): void;
}

function armorRules(config: Config, depth: number, aliases: number): ValidationRules {
  const armor = new ApolloArmor({
    maxDepth: { n: depth, ...reportAs('depth') },
    maxAliases: { n: aliases, ...reportAs('aliases') },
    // Tokens are counted by graphql-js's own parser (parseOptions below): armor's token plugin loses our error.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.queryMaxDirectives, ...reportAs('directives') },
    // The cost is ours (below): armor's counts fields but not list sizes or variables.
    costLimit: { enabled: false },
    // Suggestions are hidden by formatError (../errors.ts): one plugin less on every request.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

export function queryLimits(config: Config, roles: readonly Role[]): QueryLimits {
  const deepest = Math.max(...roles.map((role) => role.depth));
  const mostAliases = Math.max(...roles.map((role) => role.aliases));
  const validationRules = armorRules(config, deepest, mostAliases);
  // Per role whose ceilings are below the largest: its own rules, and the first refusal of each document.
  const narrower = new Map(roles.filter((role) => role.depth < deepest || role.aliases < mostAliases).map((role) => [role.name, armorRules(config, role.depth, role.aliases)]));
  const refusals = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
  const refusalFor = (schema: GraphQLSchema, document: DocumentNode, role: Role) => {
    const rules = narrower.get(role.name);
    if (!rules) return null;
    const known = refusals.get(document) ?? new Map<string, GraphQLError | null>();
    refusals.set(document, known);
    if (!known.has(role.name)) known.set(role.name, validate(schema, document, rules)[0] ?? null);
    return known.get(role.name) ?? null;
  };
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    const known = costs.get(document) ?? new Map<string, number>();
    costs.set(document, known);
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })] });
      if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value as string);
      known.set(key, cost);
    }
    return cost;
  };
  return {
    validationRules,
    parseOptions: { maxTokens: config.queryMaxTokens },
    checkOperation(schema, document, operationName, variables, role) {
      const refusal = refusalFor(schema, document, role);
      if (refusal) throw new QueryLimitError(`${refusal.message} (the ceiling of the role ${role.name})`, refusal.extensions.limit as string);
      const cost = costOf(schema, document, operationName ?? undefined, variables ?? {});
      if (cost > role.cost) {
        throw new QueryLimitError(`Query cost limit of ${role.cost} (role ${role.name}) exceeded, found ${cost}: ask for fewer items (first, limit, depth) or fewer nested lists.`, 'cost');
      }
    },
  };
}
