// Claims (the figures the articles give), filtered by subject, measure or article.
import type { ClaimRow } from '../../model';
import type { Executor } from '../../neo4j/executor';

const FILTERED = `
MATCH (c:Claim)
WHERE ($subject IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $subject}) })
  AND ($measure IS NULL OR toLower(c.measure) CONTAINS toLower($measure))
  AND ($article IS NULL OR c.article = $article)
WITH c ORDER BY c.article, c.start
LIMIT $limit
RETURN c {
  .id, .measure, .value, .unit, .qualifier, .contradiction, articleId: c.article, .start, .end, .quote,
  subjectId: COLLECT { MATCH (c)-[:ABOUT]->(s) RETURN s.id }[0],
  sourceId: COLLECT { MATCH (c)-[:SOURCED_FROM]->(s) RETURN s.id }[0]
} AS row`;

export interface ClaimFilter {
  subject: string | null;
  measure: string | null;
  article: string | null;
}

export class ClaimRepository {
  constructor(private readonly executor: Executor) {}

  async find(filter: ClaimFilter, limit: number): Promise<ClaimRow[]> {
    return (await this.executor.read(FILTERED, { ...filter, limit })).map((row) => row.row as ClaimRow);
  }
}
