// Claims (the figures the articles give): the list of Query.claims, filtered, sorted and paged.
import type { ClaimRow } from '../../model';
import type { Executor } from '../../neo4j/executor';
import type { GroupKey } from '../common/groups';
import { anchorOn, readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { atLeast, scalar, through, type WhereSpec } from '../common/where';
import type { ClaimSort, ClaimWhere } from './claim.input';

const CLAIM_PROJECTION = `c {
  .id, .measure, .value, .unit, .qualifier, .contradiction, articleId: c.article, .start, .end, .quote,
  subjectId: COLLECT { MATCH (c)-[:ABOUT]->(s) RETURN s.id }[0],
  sourceId: COLLECT { MATCH (c)-[:SOURCED_FROM]->(s) RETURN s.id }[0]
}`;

/** What each field of ClaimWhere means for the claim `c`. */
const claimWhere: WhereSpec<ClaimWhere> = {
  id: scalar('c.id'),
  measure: scalar('c.measure'),
  subject: through((x) => `(c)-[:ABOUT]->(${x}:Entity)`, (x) => `${x}.id`),
  source: through((x) => `(c)-[:SOURCED_FROM]->(${x}:Entity)`, (x) => `${x}.id`),
  value: scalar('c.value'),
  contradicted: (contradicted) => `c.contradiction IS ${contradicted ? 'NOT ' : ''}NULL`,
  article: scalar('c.article'),
  reportedBy: through((x) => `(${x}:Article {id: c.article})`, (x) => `${x}.publisher`),
  minSources: atLeast('1'),
};

export const CLAIM_LIST: ListSpec<ClaimWhere, ClaimSort> = {
  name: 'claims',
  match: 'MATCH (c:Claim)',
  anchors: [
    anchorOn((where) => where.id, (id) => `(c:Claim {id: ${id}})`),
    anchorOn((where) => where.subject, (id) => `(:Entity {id: ${id}})<-[:ABOUT]-(c:Claim)`),
    anchorOn((where) => where.source, (id) => `(:Entity {id: ${id}})<-[:SOURCED_FROM]-(c:Claim)`),
    anchorOn((where) => where.measure, (measure) => `(c:Claim {measure: ${measure}})`),
    anchorOn((where) => where.article, (id) => `(c:Claim {article: ${id}})`),
  ],
  variables: 'c',
  distinct: true,
  where: claimWhere,
  sort: { article: ['c.article', 'c.start'], value: ['c.value'], measure: ['c.measure'], id: ['c.id'] },
  defaultSort: [{ article: 'ASC' }],
  tieBreak: ['c.id'],
  projection: () => CLAIM_PROJECTION,
};

/** What claims can be grouped by; each group also aggregates their values. */
export const CLAIM_GROUPS = {
  MEASURE: { value: 'c.measure' },
  SUBJECT: { value: 'COLLECT { MATCH (c)-[:ABOUT]->(s) RETURN s }[0]', entity: true },
  SOURCE: { value: 'COLLECT { MATCH (c)-[:SOURCED_FROM]->(s) RETURN s }[0]', entity: true },
  PUBLISHER: { value: 'COLLECT { MATCH (a:Article {id: c.article}) RETURN a.publisher }[0]' },
  UNIT: { value: 'c.unit' },
} satisfies Record<string, GroupKey>;

export class ClaimRepository {
  constructor(private readonly executor: Executor) {}

  page(request: PageRequest<ClaimWhere, ClaimSort>, wants: PageWants): Promise<Page<ClaimRow>> {
    return readPage(this.executor, CLAIM_LIST, request, wants);
  }
}
