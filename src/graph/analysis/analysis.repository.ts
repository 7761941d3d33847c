// Who holds what position toward what, from every kind of fact that says so: stances (SUPPORTS, OPPOSES), votes
// (FOR, AGAINST, ABSTAIN, VETOED) and statements about it (STATED), each with its words. The negotiation matrix
// and the alignment of two entities are both read from here; and what a negotiation aims at.
import { evidenceEntries, WALKABLE_RELATION_TYPES, type ArticleSummary, type RelationshipTypeName, type StoredEvidence } from '../../model';
import { ARTICLE_PROJECTION } from '../article/article.repository';
import type { Executor } from '../../neo4j/executor';
import { PAST_LIST_BOUND } from '../common/arguments';
import { refs, type References } from '../entity/entity.repository';

/** Most position facts one negotiation or alignment reads; past it the answer is an error, never a silent cut. */
export const MAX_POSITION_FACTS = 2000;

/** What a fact says of a holder's position toward a target. */
export type PositionFactKind = 'SUPPORTS' | 'OPPOSES' | 'FOR' | 'AGAINST' | 'ABSTAIN' | 'VETOED' | 'STATED';

export interface PositionFactRow extends StoredEvidence, References {
  holderId: string;
  targetId: string;
  kind: PositionFactKind;
}

/**
 * The facts from holders `h` toward targets `t`, stances and votes then statements: rows of (h, t, kind,
 * evidence), or (h, kind, evidence) where the subquery imports `t`.
 */
const factsBetween = (holder: string, target: string, narrowed: string, ends = 'h, t') => `
  MATCH ${holder}-[r:SUPPORTS|OPPOSES|VOTED]->${target}
  WHERE ${narrowed}
  RETURN ${ends}, CASE WHEN type(r) <> 'VOTED' THEN type(r) WHEN r.veto THEN 'VETOED' ELSE r.position END AS kind,
         r {${evidenceEntries('r')}} AS evidence
  UNION ALL
  MATCH ${holder}-[:SAID]->(s:Statement)-[:ABOUT]->${target}
  WHERE ${narrowed}
  RETURN ${ends}, 'STATED' AS kind, {evArticle: [s.article], evStart: [s.start], evEnd: [s.end], evQuote: [s.text]} AS evidence`;

/** The facts rows, ordered, as PositionFactRow maps, one past the bound so that an answer too long is seen. */
const FACT_ROWS = `WITH h, t, kind, evidence ORDER BY h.name, t.name, kind
RETURN evidence {.*, holderId: h.id, targetId: t.id, kind: kind, ${refs('h', 't')}} AS row
LIMIT ${MAX_POSITION_FACTS + 1}`;

// The alignment of two holders ($ids), toward $others only when given.
const FACTS_OF_HOLDERS = `
UNWIND $ids AS id
CALL (id) {${factsBetween('(h:Entity {id: id})', '(t:Entity)', '($others IS NULL OR t.id IN $others)')}
}
${FACT_ROWS}`;

/** What talks `n` aim at (AIMS_AT from them) and the PROPOSED events linked to them, each relationship `r` to `x`. */
const PROPOSAL_LINKS = `MATCH (n)-[r]-(x:Entity)
WHERE (type(r) = 'AIMS_AT' AND startNode(r) = n) OR (x:Event AND x.status = 'PROPOSED' AND type(r) IN $walkable AND type(r) <> 'PARTICIPATED_IN')`;

// The position matrix of talks: the facts toward them and toward what they aim at, with the articles the facts
// quote, in one read (sent with the other reads of its tick: the parties, say).
const TALKS_POSITIONS = `
MATCH (n:Entity {id: $id})
WITH [n] + COLLECT { ${PROPOSAL_LINKS} RETURN DISTINCT x } AS targets
WITH COLLECT {
  UNWIND targets AS t
  CALL (t) {${factsBetween('(h:Entity)', '(t)', 'true', 'h')}
  }
  ${FACT_ROWS}
} AS facts
RETURN {facts: facts, articles: COLLECT {
  MATCH (a:Article) WHERE a.id IN reduce(ids = [], fact IN facts | ids + fact.evArticle)
  RETURN ${ARTICLE_PROJECTION}
}} AS result`;

export interface ProposalRow extends StoredEvidence, References {
  entityId: string;
  relation: RelationshipTypeName;
}

// What talks aim at (AIMS_AT from them), and the PROPOSED events linked to them by any walkable relationship.
const PROPOSALS = `
MATCH (n:Entity {id: $id})
${PROPOSAL_LINKS}
WITH x, r ORDER BY x.name, type(r)
RETURN r {${evidenceEntries('r')}, entityId: x.id, relation: type(r), ${refs('x')}} AS row
LIMIT ${PAST_LIST_BOUND}`;

export class AnalysisRepository {
  constructor(private readonly executor: Executor) {}

  /** The position facts of these holders, toward `targets` only when given. */
  async factsOfHolders(holders: string[], targets: string[] | null): Promise<PositionFactRow[]> {
    return (await this.executor.read(FACTS_OF_HOLDERS, { ids: holders, others: targets })).map((row) => row.row as PositionFactRow);
  }

  /** The position facts toward talks and what they aim at, by anyone, and the articles they quote. */
  async positionsOfTalks(id: string): Promise<{ facts: PositionFactRow[]; articles: ArticleSummary[] }> {
    return (await this.executor.readOne(TALKS_POSITIONS, { id, walkable: WALKABLE_RELATION_TYPES })) as unknown as { facts: PositionFactRow[]; articles: ArticleSummary[] };
  }

  async proposals(negotiationId: string): Promise<ProposalRow[]> {
    return (await this.executor.read(PROPOSALS, { id: negotiationId, walkable: WALKABLE_RELATION_TYPES })).map((row) => row.row as ProposalRow);
  }
}
