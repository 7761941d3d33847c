// Statements: by speaker or subject for the loaders, and the filtered, paged list of Query.statements.
import type { StatementRow } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { MAX_LIST_ITEMS } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import { ENTITY_PROJECTION, type References } from '../entity/entity.repository';

/** A statement as the API reads it: its subjects (`refs`) are the answer to `about`, and fill the by-id cache. */
export type StatementWithSubjects = StatementRow & References;

const STATEMENT_PROJECTION = `s {
  .id, .text, .direct, .date, articleId: s.article, .start, .end,
  speakerId: COLLECT { MATCH (speaker)-[:SAID]->(s) RETURN speaker.id }[0],
  refs: COLLECT { MATCH (s)-[:ABOUT]->(e:Entity) WITH e ORDER BY e.id RETURN ${ENTITY_PROJECTION} }
}`;

const STATEMENTS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:SAID]->(s:Statement)
WITH id, s ORDER BY s.article, s.start
RETURN id, collect(${STATEMENT_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

const STATEMENTS_ABOUT = `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:ABOUT]-(s:Statement)
WITH id, s ORDER BY s.article, s.start
RETURN id, collect(${STATEMENT_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

/**
 * The filtered list, anchored on the most selective filter given (a speaker, a subject, an article), so that the
 * query starts from one indexed node rather than from every statement; the other filters apply on the way.
 */
function filteredStatements(filter: StatementFilter): string {
  const anchor = filter.speaker !== null
    ? 'MATCH (:Entity {id: $speaker})-[:SAID]->(s:Statement)'
    : filter.about !== null
      ? 'MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement)'
      : filter.article !== null
        ? 'MATCH (s:Statement {article: $article})'
        : 'MATCH (s:Statement)';
  return `
${anchor}
WHERE ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($article IS NULL OR s.article = $article)
  AND ($contains IS NULL OR toLower(s.text) CONTAINS toLower($contains))
WITH s ORDER BY s.article, s.start
WITH collect(s) AS matches
RETURN size(matches) AS total, [s IN matches[$offset..$offset + $first] | ${STATEMENT_PROJECTION}] AS rows`;
}

export interface StatementFilter {
  speaker: string | null;
  about: string | null;
  article: string | null;
  contains: string | null;
}

/** What an entity said. */
export const statements = groupedRead<StatementWithSubjects>({ name: 'statements', cypher: STATEMENTS, caches: 'references' });
/** What was said about an entity. */
export const statementsAbout = groupedRead<StatementWithSubjects>({ name: 'statementsAbout', cypher: STATEMENTS_ABOUT, caches: 'references' });

export class StatementRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: StatementFilter, offset: number, first: number): Promise<{ total: number; rows: StatementWithSubjects[] }> {
    const [result] = await this.executor.read(filteredStatements(filter), { ...filter, offset, first });
    return { total: result.total as number, rows: result.rows as StatementWithSubjects[] };
  }
}
