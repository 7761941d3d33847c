// The DataLoaders of one request: every entity-by-id lookup and every list field of Entity goes through one,
// so a request runs one query per field per depth level, however many items it lists.
import DataLoader from 'dataloader';
import type { Repositories } from './context';
import type { ArticleRow } from './graph/article/article.repository';
import type { EntityRow, References } from './graph/entity/entity.repository';

/** A loader whose batch function returns id → rows; keys with no rows get an empty list. */
function listLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const groups = await fetch(ids);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** A loader of single rows by id; an unknown id gives null. */
function oneLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const groups = await fetch(ids);
    return ids.map((id) => groups.get(id)?.[0] ?? null);
  });
}

/** Puts the entities that rows point to (their `refs`) in the by-id cache. */
export function primeReferences(entity: DataLoader<string, EntityRow | null>, rows: References[]): void {
  for (const row of rows) for (const ref of row.refs ?? []) entity.prime(ref.id, ref);
}

export function createLoaders({ entities, statements, articles }: Repositories) {
  const entity = oneLoader<EntityRow>((ids) => entities.byIds(ids));
  const article = oneLoader<ArticleRow>((ids) => articles.byIds(ids));
  /** Lists of entities (or articles) fill the by-id cache, so a later lookup of one of them costs nothing. */
  const priming = <T extends { id: string }>(cache: DataLoader<string, T | null>, fetch: (ids: readonly string[]) => Promise<Map<string, T[]>>) =>
    listLoader<T>(async (ids) => {
      const groups = await fetch(ids);
      for (const rows of groups.values()) for (const row of rows) cache.prime(row.id, row);
      return groups;
    });
  const entityList = (fetch: (ids: readonly string[]) => Promise<Map<string, EntityRow[]>>) => priming(entity, fetch);
  /** So do the entities that rows of relationships point to (their `refs`): `holder { name }` costs no query. */
  const referencing = <T extends References>(fetch: (ids: readonly string[]) => Promise<Map<string, T[]>>) =>
    listLoader<T>(async (ids) => {
      const groups = await fetch(ids);
      for (const rows of groups.values()) primeReferences(entity, rows);
      return groups;
    });
  /** Two loaders of one list, with and without evidence: pick with `asksForEvidence(info)`. */
  const withOrWithoutEvidence = <T extends References>(fetch: (ids: readonly string[], evidence: boolean) => Promise<Map<string, T[]>>) => {
    const plain = referencing((ids) => fetch(ids, false));
    const evidenced = referencing((ids) => fetch(ids, true));
    return (evidence: boolean) => (evidence ? evidenced : plain);
  };
  return {
    entity,
    entityDetails: oneLoader((ids) => entities.detailsOf(ids)),
    article,
    articleText: oneLoader<string>((ids) => articles.textsOf(ids)),
    articleEntities: entityList((ids) => articles.entitiesOf(ids)),
    eventsOf: entityList((ids) => entities.eventsOf(ids)),
    metWith: entityList((ids) => entities.metWith(ids)),
    sponsors: entityList((ids) => entities.sponsorsOf(ids)),
    sources: priming(article, (ids) => articles.sourcesOf(ids)),
    votesBy: withOrWithoutEvidence((ids, evidence) => entities.votesBy(ids, evidence)),
    votesOn: withOrWithoutEvidence((ids, evidence) => entities.votesOn(ids, evidence)),
    stancesHeldBy: withOrWithoutEvidence((ids, evidence) => entities.stancesHeldBy(ids, evidence)),
    stancesToward: withOrWithoutEvidence((ids, evidence) => entities.stancesToward(ids, evidence)),
    relations: listLoader((keys) => entities.relations(keys)),
    roles: withOrWithoutEvidence((ids, evidence) => entities.rolesOf(ids, evidence)),
    participants: withOrWithoutEvidence((ids, evidence) => entities.participantsOf(ids, evidence)),
    statementsBy: referencing((ids) => statements.bySpeaker(ids)),
    statementsAbout: referencing((ids) => statements.about(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
