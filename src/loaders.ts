// The DataLoaders of one request: every entity-by-id lookup and every list field of Entity goes through one,
// so a request runs one query per field per depth level, however many items it lists.
import DataLoader from 'dataloader';
import type { Repositories } from './context';
import type { ArticleRow } from './graph/article/article.repository';
import type { EntityRow } from './graph/entity/entity.repository';

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

export function createLoaders({ entities, statements, articles }: Repositories) {
  const entity = oneLoader<EntityRow>((ids) => entities.byIds(ids));
  /** Lists of entities also fill the by-id cache, so a later lookup of one of them costs nothing. */
  const entityList = (fetch: (ids: readonly string[]) => Promise<Map<string, EntityRow[]>>) =>
    listLoader<EntityRow>(async (ids) => {
      const groups = await fetch(ids);
      for (const rows of groups.values()) for (const row of rows) entity.prime(row.id, row);
      return groups;
    });
  return {
    entity,
    entityDetails: oneLoader((ids) => entities.detailsOf(ids)),
    article: oneLoader<ArticleRow>((ids) => articles.byIds(ids)),
    articleText: oneLoader<string>((ids) => articles.textsOf(ids)),
    articleEntities: entityList((ids) => articles.entitiesOf(ids)),
    eventsOf: entityList((ids) => entities.eventsOf(ids)),
    metWith: entityList((ids) => entities.metWith(ids)),
    sponsors: entityList((ids) => entities.sponsorsOf(ids)),
    sources: listLoader((ids) => entities.sourcesOf(ids)),
    votesBy: listLoader((ids) => entities.votesBy(ids)),
    votesOn: listLoader((ids) => entities.votesOn(ids)),
    stancesHeldBy: listLoader((ids) => entities.stancesHeldBy(ids)),
    stancesToward: listLoader((ids) => entities.stancesToward(ids)),
    relations: listLoader((keys) => entities.relations(keys)),
    roles: listLoader((ids) => entities.rolesOf(ids)),
    participants: listLoader((ids) => entities.participantsOf(ids)),
    statementsBy: listLoader((ids) => statements.bySpeaker(ids)),
    statementsAbout: listLoader((ids) => statements.about(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
