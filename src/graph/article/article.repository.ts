// Articles: by id, their texts, the list, the articles that are an entity's sources, and each article's entities.
import { ARTICLE_SUMMARY_PROPERTIES, projection, type ArticleSummary, type EntityRow } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { PAST_LIST_BOUND } from '../common/arguments';
import { byIdCypher, groupedRead } from '../common/grouped-read';
import { anchorOn, readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { during, scalar, through } from '../common/where';
import { ENTITY_PROJECTION } from '../entity/entity.repository';
import type { ArticleSort, ArticleWhere } from './article.input';

// The text stays out of article rows: most questions want an article's title, and texts are long. Article.text
// has a read of its own.
export const ARTICLE_PROJECTION = projection('a', ARTICLE_SUMMARY_PROPERTIES);

const ARTICLE = byIdCypher('Article', 'a', ARTICLE_PROJECTION);
const TEXT = byIdCypher('Article', 'a', 'a.text');

const SOURCES = `
UNWIND $ids AS id
MATCH (a:Article)-[:MENTIONS|REPORTS]->(:Entity {id: id})
WITH DISTINCT id, a ORDER BY a.id
RETURN id, collect(${ARTICLE_PROJECTION})[0..${PAST_LIST_BOUND}] AS rows`;

const ENTITIES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS|REPORTS]->(e:Entity)
WITH DISTINCT id, e ORDER BY e.kind, e.name
RETURN id, collect(${ENTITY_PROJECTION})[0..${PAST_LIST_BOUND}] AS rows`;

/** The article of each id: the by-id cache of articles. */
export const article = groupedRead<ArticleSummary>({ name: 'article', cypher: ARTICLE, caches: 'nothing' });
export const text = groupedRead<string>({ name: 'text', cypher: TEXT, caches: 'nothing' });
/** The articles that mention or report an entity. */
export const sources = groupedRead<ArticleSummary>({ name: 'sources', cypher: SOURCES, caches: 'articles', connection: 'sourcesConnection' });
/** The entities an article mentions or reports. */
export const entities = groupedRead<EntityRow>({ name: 'entities', cypher: ENTITIES, caches: 'entities', connection: 'entities(where: { article: … })' });

/** The day an article was written, where it was written (the date part of reportedAt, before its offset). */
const WRITTEN_ON = 'substring(a.reportedAt, 0, 10)';

/** Query.articles: the corpus is small next to its facts, so only ids and a mentioned entity anchor it. */
export const ARTICLE_LIST: ListSpec<ArticleWhere, ArticleSort> = {
  name: 'articles',
  match: 'MATCH (a:Article)',
  anchors: [
    anchorOn((where) => where.id, (id) => `(a:Article {id: ${id}})`),
    anchorOn((where) => where.mentions, (id) => `(:Entity {id: ${id}})<-[:MENTIONS|REPORTS]-(a:Article)`),
  ],
  variables: 'a',
  distinct: true,
  where: {
    id: scalar('a.id'),
    publisher: scalar('a.publisher'),
    during: during(WRITTEN_ON, WRITTEN_ON),
    mentions: through((x) => `(a)-[:MENTIONS|REPORTS]->(${x}:Entity)`, (x) => `${x}.id`),
  },
  sort: { reportedAt: ['datetime(a.reportedAt).epochMillis'], title: ['a.title'], publisher: ["coalesce(a.publisher, '')"], id: ['a.id'] },
  defaultSort: [{ reportedAt: 'DESC' }],
  tieBreak: ['a.id'],
  hubWalk: {
    pick: (where) => where.mentions,
    node: (id) => `(x:Entity {id: ${id}})`,
    degree: 'COUNT { (x)<-[:MENTIONS|REPORTS]-() }',
    all: 'COUNT { MATCH (:Article) }',
    sorted: 'a.id',
    expand: 'MATCH (x)<-[:MENTIONS|REPORTS]-(a:Article)',
    walk: 'MATCH (a:Article) WHERE a.id IS NOT NULL AND EXISTS { (a)-[:MENTIONS|REPORTS]->(x) }',
  },
  projection: (_evidence, selected) => projection('a', ARTICLE_SUMMARY_PROPERTIES.filter((property) => property === 'id' || selected.has(property))),
};

export class ArticleRepository {
  constructor(private readonly executor: Executor) {}

  page(request: PageRequest<ArticleWhere, ArticleSort>, wants: PageWants): Promise<Page<ArticleSummary>> {
    return readPage(this.executor, ARTICLE_LIST, request, wants);
  }
}
