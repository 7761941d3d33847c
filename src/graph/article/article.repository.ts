// Articles: by id, their texts, the list, the articles that are an entity's sources, and each article's entities.
import { ARTICLE_SUMMARY_PROPERTIES, projection, type ArticleSummary, type EntityRow } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { MAX_LIST_ITEMS } from '../common/arguments';
import { byIdCypher, groupedRead } from '../common/grouped-read';
import { ENTITY_PROJECTION } from '../entity/entity.repository';

// The text stays out of article rows: most questions want an article's title, and texts are long. Article.text
// has a read of its own.
const ARTICLE_PROJECTION = projection('a', ARTICLE_SUMMARY_PROPERTIES);

const ARTICLE = byIdCypher('Article', 'a', ARTICLE_PROJECTION);
const TEXT = byIdCypher('Article', 'a', 'a.text');

const ARTICLES = `
MATCH (a:Article)
WITH a ORDER BY a.published DESC, a.id
LIMIT $limit
RETURN ${ARTICLE_PROJECTION} AS row`;

const SOURCES = `
UNWIND $ids AS id
MATCH (a:Article)-[:MENTIONS|REPORTS]->(:Entity {id: id})
WITH DISTINCT id, a ORDER BY a.id
RETURN id, collect(${ARTICLE_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const ENTITIES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS|REPORTS]->(e:Entity)
WITH DISTINCT id, e ORDER BY e.kind, e.name
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

/** The article of each id: the by-id cache of articles. */
export const article = groupedRead<ArticleSummary>({ name: 'article', cypher: ARTICLE, caches: 'nothing' });
export const text = groupedRead<string>({ name: 'text', cypher: TEXT, caches: 'nothing' });
/** The articles that mention or report an entity. */
export const sources = groupedRead<ArticleSummary>({ name: 'sources', cypher: SOURCES, caches: 'articles' });
/** The entities an article mentions or reports. */
export const entities = groupedRead<EntityRow>({ name: 'entities', cypher: ENTITIES, caches: 'entities' });

export class ArticleRepository {
  constructor(private readonly executor: Executor) {}

  async articles(limit: number): Promise<ArticleSummary[]> {
    return (await this.executor.read(ARTICLES, { limit })).map((row) => row.row as ArticleSummary);
  }
}
