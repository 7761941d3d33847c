// Statements: by speaker or subject for the loaders, and the list of Query.statements (filtered, sorted, paged).
import type { StatementRow } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { PAST_LIST_BOUND } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import type { GroupKey } from '../common/groups';
import { anchorOn, byInterval, readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { atLeast, during, equals, scalar, through, type WhereSpec } from '../common/where';
import { ENTITY_PROJECTION, type References } from '../entity/entity.repository';
import type { StatementSort, StatementWhere } from './statement.input';

/** A statement as the API reads it: its subjects (`refs`) are the answer to `about`, and fill the by-id cache. */
export type StatementWithSubjects = StatementRow & References;

export const STATEMENT_PROJECTION = `s {
  .id, .text, .direct, .date, .dateStart, .dateEnd, articleId: s.article, .start, .end,
  speakerId: COLLECT { MATCH (speaker)-[:SAID]->(s) RETURN speaker.id }[0],
  refs: COLLECT { MATCH (s)-[:ABOUT]->(e:Entity) WITH e ORDER BY e.id RETURN ${ENTITY_PROJECTION} }
}`;

const STATEMENTS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:SAID]->(s:Statement)
WITH id, s ORDER BY s.article, s.start
RETURN id, collect(${STATEMENT_PROJECTION})[0..${PAST_LIST_BOUND}] AS rows`;

const STATEMENTS_ABOUT = `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:ABOUT]-(s:Statement)
WITH id, s ORDER BY s.article, s.start
RETURN id, collect(${STATEMENT_PROJECTION})[0..${PAST_LIST_BOUND}] AS rows`;

/** What each field of StatementWhere means for the statement `s`. */
export const statementWhere: WhereSpec<StatementWhere> = {
  id: scalar('s.id'),
  speaker: through((x) => `(${x}:Entity)-[:SAID]->(s)`, (x) => `${x}.id`),
  about: through((x) => `(s)-[:ABOUT]->(${x}:Entity)`, (x) => `${x}.id`),
  direct: equals('s.direct'),
  contains: (words, { params }) => `toLower(s.text) CONTAINS ${params.add(words.toLowerCase())}`,
  during: during('s.dateStart', 's.dateEnd'),
  article: scalar('s.article'),
  reportedBy: through((x) => `(${x}:Article {id: s.article})`, (x) => `${x}.publisher`),
  minSources: atLeast('1'),
};

/** Query.statements; anchored on a speaker, a subject, an article or ids where the filter gives them. */
export const STATEMENT_LIST: ListSpec<StatementWhere, StatementSort> = {
  name: 'statements',
  match: 'MATCH (s:Statement)',
  anchors: [
    anchorOn((where) => where.id, (id) => `(s:Statement {id: ${id}})`),
    anchorOn((where) => where.speaker, (id) => `(:Entity {id: ${id}})-[:SAID]->(s:Statement)`),
    anchorOn((where) => where.about, (id) => `(:Entity {id: ${id}})<-[:ABOUT]-(s:Statement)`),
    anchorOn((where) => where.article, (id) => `(s:Statement {article: ${id}})`),
  ],
  variables: 's',
  distinct: true,
  where: statementWhere,
  sort: { article: ['s.article', 's.start'], date: byInterval('s'), id: ['s.id'] },
  defaultSort: [{ article: 'ASC' }],
  tieBreak: ['s.id'],
  projection: () => STATEMENT_PROJECTION,
};

/** What an entity said. */
export const statements = groupedRead<StatementWithSubjects>({ name: 'statements', cypher: STATEMENTS, caches: 'references', connection: 'statementsConnection' });
/** What was said about an entity. */
export const statementsAbout = groupedRead<StatementWithSubjects>({ name: 'statementsAbout', cypher: STATEMENTS_ABOUT, caches: 'references', connection: 'statementsAboutConnection' });

/** What statements can be grouped by. */
export const STATEMENT_GROUPS = {
  SPEAKER: { value: 'COLLECT { MATCH (speaker)-[:SAID]->(s) RETURN speaker }[0]', entity: true },
  ABOUT: { value: 'subject', unwind: { variable: 'subject', list: 'COLLECT { MATCH (s)-[:ABOUT]->(x:Entity) RETURN x }' }, entity: true },
  DIRECT: { value: 's.direct' },
  PUBLISHER: { value: 'COLLECT { MATCH (a:Article {id: s.article}) RETURN a.publisher }[0]' },
  DATE: { value: 's.dateStart', dated: true },
} satisfies Record<string, GroupKey>;

export class StatementRepository {
  constructor(private readonly executor: Executor) {}

  page(request: PageRequest<StatementWhere, StatementSort>, wants: PageWants): Promise<Page<StatementWithSubjects>> {
    return readPage(this.executor, STATEMENT_LIST, request, wants);
  }
}
