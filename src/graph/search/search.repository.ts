// Full-text search: entities by name and alias (the index entity_search), and what was said or written (the
// indexes statement_text and article_text) as a list of hits that pages, filters and counts like the others.
import type { EntityRow } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { atLeast, during, scalar, through, type FieldCondition, type WhereSpec } from '../common/where';
import { ENTITY_PROJECTION } from '../entity/entity.repository';
import type { StatementWhere } from '../statement/statement.input';
import { STATEMENT_PROJECTION, statementWhere, type StatementWithSubjects } from '../statement/statement.repository';

// Ordered and cut before projecting: a common name matches thousands of nodes, and only $first are returned.
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS e, score
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, score ORDER BY score DESC, e.name, e.id LIMIT $first
RETURN ${ENTITY_PROJECTION} AS row, score`;

export const TEXT_KINDS = ['STATEMENT', 'ARTICLE'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** A text hit as read: the statement (for a statement), and the article with the text the match is in. */
export interface TextHitRow {
  kind: TextKind;
  score: number;
  statement: StatementWithSubjects | null;
  /** The article a hit is in; its text only for an article hit (a statement hit's words are its own text). */
  article: { id: string; text?: string };
}

// Each kind's hits bound as (s, score, kind): s is the Statement or the Article.
const HITS: Record<TextKind, string> = {
  STATEMENT: "CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node, score RETURN node AS s, score, 'STATEMENT' AS kind",
  ARTICLE: "CALL db.index.fulltext.queryNodes('article_text', $text) YIELD node, score RETURN node AS s, score, 'ARTICLE' AS kind",
};

/** The article a hit is in: the statement's, or the article hit itself. */
const HIT_ARTICLE = "CASE kind WHEN 'ARTICLE' THEN s.id ELSE s.article END";

/**
 * StatementWhere over hits of either kind. What only a statement has (speaker, subjects, direct…) holds for
 * statement hits alone; article, publisher and sources hold for both; `during` is the article's publication day
 * for an article hit.
 */
const onlyStatements = <V>(condition: FieldCondition<V>): FieldCondition<V> => (value, scope) => {
  const compiled = condition(value, scope);
  return compiled === null ? null : `kind = 'STATEMENT' AND (${compiled})`;
};
const hitWhere: WhereSpec<StatementWhere> = {
  id: onlyStatements(statementWhere.id),
  speaker: onlyStatements(statementWhere.speaker),
  about: onlyStatements(statementWhere.about),
  direct: onlyStatements(statementWhere.direct),
  contains: onlyStatements(statementWhere.contains),
  during: during(`CASE kind WHEN 'ARTICLE' THEN left(s.published, 10) ELSE s.dateStart END`, `CASE kind WHEN 'ARTICLE' THEN left(s.published, 10) ELSE s.dateEnd END`),
  article: scalar(HIT_ARTICLE),
  reportedBy: through((x) => `(${x}:Article {id: ${HIT_ARTICLE}})`, (x) => `${x}.publisher`),
  minSources: atLeast('1'),
};

/** The hits of a Lucene query (from luceneQuery(), never the user's text as typed) in the indexes of `kinds`. */
const textHits = (query: string, kinds: readonly TextKind[]): ListSpec<StatementWhere, { score?: 'ASC' | 'DESC' | null }> => ({
  name: 'textSearch',
  match: `CALL () {\n${kinds.map((kind) => HITS[kind]).join('\nUNION ALL\n')}\n}`,
  params: { text: query },
  anchors: [],
  variables: 's, score, kind',
  distinct: false,
  where: hitWhere,
  sort: { score: ['score'] },
  defaultSort: [{ score: 'DESC' }],
  tieBreak: ['kind', 's.id'],
  projection: () => `{
  kind: kind, score: score,
  statement: CASE kind WHEN 'STATEMENT' THEN ${STATEMENT_PROJECTION} END,
  article: CASE kind WHEN 'ARTICLE' THEN s {.id, .text} ELSE {id: s.article} END
}`,
});

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /** `query` is Lucene syntax from luceneQuery(), never the user's text as typed. */
  async search(query: string, kinds: string[] | null, first: number): Promise<(EntityRow & { score: number })[]> {
    return (await this.executor.read(SEARCH, { query, kinds, first })).map((row) => ({ ...(row.row as EntityRow), score: row.score as number }));
  }

  textHits(query: string, kinds: readonly TextKind[], request: PageRequest<StatementWhere, never>, wants: PageWants): Promise<Page<TextHitRow>> {
    return readPage(this.executor, textHits(query, kinds), request, wants);
  }
}

