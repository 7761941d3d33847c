// The DataLoaders of one request, each made on first use (a request that lists nothing builds none) from the
// grouped reads that repositories declare: every entity lookup and every list field of an entity goes through
// one, so a request runs one query per field per depth level however many items it lists (and the reads of one
// tick share one query: Executor.readGrouped).
import DataLoader from 'dataloader';
import type { ArticleSummary, EntityRow } from './model';
import { ListTooLongError, NotFoundError } from './errors';
import { MAX_LIST_ITEMS } from './graph/common/arguments';
import type { Executor } from './neo4j/executor';
import { article } from './graph/article/article.repository';
import type { GroupedRead } from './graph/common/grouped-read';
import { entity, propertiesForFields, type References } from './graph/entity/entity.repository';
import type { RelationRow, TraversalRepository } from './graph/traversal/traversal.repository';

export class Loaders {
  private readonly byRead = new Map<string, DataLoader<string, unknown[]>>();
  private relationsLoader?: DataLoader<string, RelationRow[]>;

  constructor(
    private readonly executor: Executor,
    private readonly traversals: TraversalRepository,
  ) {}

  /** Entity.relations, whose key is the JSON of its arguments rather than an id. */
  get relations(): DataLoader<string, RelationRow[]> {
    this.relationsLoader ??= new DataLoader(async (keys) => {
      const found = await this.traversals.relations(keys);
      return keys.map((key) => found.get(key) ?? []);
    });
    return this.relationsLoader;
  }

  /**
   * The rows `read` gives for an id (none: an empty list), batched per tick. `selected`, the field names the
   * answer selects below the field, narrows a read that can be narrowed to the properties they need.
   */
  list<Row>(read: GroupedRead<Row>, evidence = false, selected?: Set<string>): DataLoader<string, Row[]> {
    const withEvidence = evidence && read.hasEvidenceVariant;
    const properties = read.narrows && selected ? narrowedTo(selected) : undefined;
    const key = `${read.name}${withEvidence ? '+evidence' : ''}${properties ? `:${properties.join(',')}` : ''}`;
    let loader = this.byRead.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown[]>(async (ids) => {
        const found = await this.executor.readGrouped(read.name, read.cypher(withEvidence, properties), ids, read.params);
        // Narrowed rows are partial entities: a later lookup by id must not find one.
        if (!properties) for (const rows of found.values()) this.prime(read, rows);
        // A list is never cut silently: past its bound it is an error for that id alone, naming where to page.
        return ids.map((id): unknown[] | Error => {
          const rows = found.get(id) ?? [];
          return rows.length > MAX_LIST_ITEMS ? new ListTooLongError(read.name, id, MAX_LIST_ITEMS, read.pastBound) : rows;
        });
      });
      this.byRead.set(key, loader);
    }
    return loader as DataLoader<string, Row[]>;
  }

  /** The one row `read` gives for an id, or null (narrowed by `selected`, as in `list`). */
  async one<Row>(read: GroupedRead<Row>, id: string, selected?: Set<string>): Promise<Row | null> {
    return (await this.list(read, false, selected).load(id))[0] ?? null;
  }

  /** The entity with this id, or null. */
  findEntity(id: string): Promise<EntityRow | null> {
    return this.one(entity, id);
  }

  /** An entity a row points to: its absence is a NOT_FOUND naming the id, not a null where none is allowed. */
  async entity(id: string): Promise<EntityRow> {
    return (await this.findEntity(id)) ?? notFound('entity', id);
  }

  entities(ids: readonly string[]): Promise<EntityRow[]> {
    return Promise.all(ids.map((id) => this.entity(id)));
  }

  async article(id: string): Promise<ArticleSummary> {
    return (await this.one(article, id)) ?? notFound('article', id);
  }

  /** Rows that are, or carry, entities or articles fill the by-id caches: `holder { name }` then costs no query. */
  private prime(read: GroupedRead<unknown>, rows: unknown[]): void {
    switch (read.caches) {
      case 'entities':
        for (const row of rows as EntityRow[]) this.list(entity).prime(row.id, [row]);
        return;
      case 'articles':
        this.primeArticles(rows as ArticleSummary[]);
        return;
      case 'references':
        this.primeReferences(rows as References[]);
        return;
      case 'nothing':
        return;
      default:
        return read.caches satisfies never;
    }
  }

  /** Puts articles read along with something else in the by-id cache. */
  primeArticles(rows: ArticleSummary[]): void {
    for (const row of rows) this.list(article).prime(row.id, [row]);
  }

  /** Puts the entities that rows point to (their `refs`) in the by-id cache. */
  primeReferences(rows: References[]): void {
    for (const row of rows) for (const ref of row.refs) this.list(entity).prime(ref.id, [ref]);
  }
}

// A field asked of 500 entities gets the same selection set each time (selectedFieldNames caches it per field):
// its properties are worked out once.
const propertiesBySelection = new WeakMap<Set<string>, string[]>();

/** The properties a selection needs, sorted: part of a narrowed loader's key. */
function narrowedTo(selected: Set<string>): string[] {
  let properties = propertiesBySelection.get(selected);
  if (!properties) {
    properties = [...new Set(propertiesForFields(selected))].sort();
    propertiesBySelection.set(selected, properties);
  }
  return properties;
}

function notFound(what: string, id: string): never {
  throw new NotFoundError(what, id);
}
