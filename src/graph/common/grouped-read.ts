// A grouped read: one Cypher query that answers for many ids at once (`UNWIND $ids AS id … RETURN id, rows`),
// declared once beside its Cypher in the repository of the type whose rows it returns. Everything else derives
// from the declaration: the loader (loaders.ts, created on first use), the look-ahead of Query.entity, and the
// price of the field in the cost model (a field carries its read in its extensions, see ReadsById).
import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Params } from '../../neo4j/executor';

/** Which by-id cache a read's rows fill, so that a later lookup of what they hold costs no query. */
export type Caches =
  /** The rows are entities. */
  | 'entities'
  /** The rows are article summaries. */
  | 'articles'
  /** The rows carry the entities they point to in `refs` (a role its organization, a vote its resolution…). */
  | 'references'
  | 'nothing';

/**
 * How many items a list field is priced at in the cost model. The Cypher caps every list at MAX_LIST_ITEMS, but
 * pricing by that worst case would refuse any question two lists deep; most entities have a handful of each.
 */
export const TYPICAL_LIST_ITEMS = 10;

export interface GroupedRead<Row> {
  /** The name the field, the read and its Cypher constant share; it also names the read in errors. */
  readonly name: string;
  /**
   * Its Cypher, given whether the answer shows evidence (reads of relationships fetch evidence lists only then)
   * and, for a read of entities that can be narrowed, the properties the answer shows (all when not given).
   */
  readonly cypher: (evidence: boolean, properties?: readonly string[]) => string;
  /** Whether `cypher` differs with evidence; when not, one loader serves both. */
  readonly hasEvidenceVariant: boolean;
  /**
   * Whether its rows are entities whose projection `cypher` narrows to the properties asked for (who met whom:
   * the names of 500 partners, not their 19 properties each). Narrowed rows fill no by-id cache.
   */
  readonly narrows: boolean;
  /** Parameters besides `$ids`. */
  readonly params: Params;
  readonly caches: Caches;
  /** Items one answer is priced at (see TYPICAL_LIST_ITEMS). */
  readonly costItems: number;
  /** Where to go when an id has more than MAX_LIST_ITEMS rows: the connection field that pages them, or how to narrow. */
  readonly pastBound: string;
  /** Only for typing: the row this read returns. */
  readonly row?: Row;
}

interface GroupedReadSpec {
  name: string;
  cypher: string | ((evidence: boolean) => string);
  /** For a read of entities: its Cypher projecting only these properties (see GroupedRead.narrows). */
  narrowed?: (properties: readonly string[]) => string;
  params?: Params;
  caches: Caches;
  costItems?: number;
  /** The connection field that pages the same rows (eventsConnection), if there is one. */
  connection?: string;
}

/** The Cypher of a read that answers each id with one value: `expression` of the node `variable` with that id. */
export function byIdCypher(label: 'Entity' | 'Article', variable: string, expression: string): string {
  return `
UNWIND $ids AS id
MATCH (${variable}:${label} {id: id})
RETURN id, [${expression}] AS rows`;
}

export function groupedRead<Row>({ name, cypher, narrowed, params = {}, caches, costItems = TYPICAL_LIST_ITEMS, connection }: GroupedReadSpec): GroupedRead<Row> {
  const full = typeof cypher === 'string' ? () => cypher : cypher;
  return {
    name,
    cypher: (evidence, properties) => (properties && narrowed ? narrowed(properties) : full(evidence)),
    hasEvidenceVariant: typeof cypher !== 'string',
    narrows: narrowed !== undefined,
    params,
    caches,
    costItems,
    pastBound: connection ? `page through ${connection} instead` : `ask the root list that filters them (events, statements, stances, votes, entities) instead`,
  };
}

const READ_EXTENSION = 'readById';

/**
 * Marks a field whose answer comes from `read` of its parent's id. Query.entity starts the read before the
 * entity is back (look-ahead), and the cost model prices a list by the read's costItems. A test fails for a list
 * field of an entity that has neither this nor a size argument.
 */
export const ReadsById = (read: GroupedRead<unknown>): MethodDecorator & PropertyDecorator => Extensions({ [READ_EXTENSION]: read });

export function readOf(field: GraphQLField<unknown, unknown> | undefined): GroupedRead<unknown> | undefined {
  return field?.extensions?.[READ_EXTENSION] as GroupedRead<unknown> | undefined;
}
