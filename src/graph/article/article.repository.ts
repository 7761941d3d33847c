// Articles: by id for the loader, the list, and the entities each article mentions or reports.
import { MAX_LIST_ITEMS } from '../common/arguments';
import type { Executor } from '../../neo4j/executor';
import { ENTITY_PROJECTION, groupRows, type EntityRow } from '../entity/entity.repository';

export interface ArticleRow {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
}

// The text stays out of article rows: most questions want an article's title, and texts are long. Article.text
// has a loader of its own.
const PROJECTION = 'a { .id, .title, .publisher, .author, .published }';

const TEXTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, [a.text] AS rows`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, collect(${PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const ALL = `
MATCH (a:Article)
WITH a ORDER BY a.published DESC, a.id
LIMIT $limit
RETURN ${PROJECTION} AS row`;

const SOURCES = `
UNWIND $ids AS id
MATCH (a:Article)-[:MENTIONS|REPORTS]->(:Entity {id: id})
WITH DISTINCT id, a ORDER BY a.id
RETURN id, collect(${PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const ENTITIES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS|REPORTS]->(e:Entity)
WITH DISTINCT id, e ORDER BY e.kind, e.name
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

export class ArticleRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, ArticleRow[]>> {
    return groupRows(await this.executor.readGrouped(BY_IDS, ids));
  }

  async all(limit: number): Promise<ArticleRow[]> {
    return (await this.executor.read(ALL, { limit })).map((row) => row.row as ArticleRow);
  }

  async textsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    return groupRows(await this.executor.readGrouped(TEXTS, ids));
  }

  /** The articles that mention or report each entity. */
  async sourcesOf(entityIds: readonly string[]): Promise<Map<string, ArticleRow[]>> {
    return groupRows(await this.executor.readGrouped(SOURCES, entityIds));
  }

  async entitiesOf(ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    return groupRows(await this.executor.readGrouped(ENTITIES, ids));
  }
}
