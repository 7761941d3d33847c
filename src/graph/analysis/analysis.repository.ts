// Who holds what position toward what, from every kind of fact that says so: stances (SUPPORTS, OPPOSES), votes
// (FOR, AGAINST, ABSTAIN, VETOED) and statements about it (STATED), each with its words. The negotiation matrix
// and the alignment of two entities are both read from here; and what a negotiation aims at.
import { evidenceEntries, WALKABLE_RELATION_TYPES, type RelationshipTypeName, type StoredEvidence } from '../../model';
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

/** Position facts anchored on one end (`h` or `t` bound from $ids), optionally narrowed at the other ($others). */
const positionFacts = (anchored: 'holder' | 'target') => {
  const [holder, target, other] = anchored === 'holder' ? ['(h:Entity {id: id})', '(t:Entity)', 't'] : ['(h:Entity)', '(t:Entity {id: id})', 'h'];
  const narrowed = `($others IS NULL OR ${other}.id IN $others)`;
  return `
UNWIND $ids AS id
CALL (id) {
  MATCH ${holder}-[r:SUPPORTS|OPPOSES|VOTED]->${target}
  WHERE ${narrowed}
  RETURN h, t, CASE WHEN type(r) <> 'VOTED' THEN type(r) WHEN r.veto THEN 'VETOED' ELSE r.position END AS kind,
         r {${evidenceEntries('r')}} AS evidence
  UNION ALL
  MATCH ${holder}-[:SAID]->(s:Statement)-[:ABOUT]->${target}
  WHERE ${narrowed}
  RETURN h, t, 'STATED' AS kind, {evArticle: [s.article], evStart: [s.start], evEnd: [s.end], evQuote: [s.text]} AS evidence
}
WITH h, t, kind, evidence ORDER BY h.name, t.name, kind
RETURN evidence {.*, holderId: h.id, targetId: t.id, kind: kind, ${refs('h', 't')}} AS row
LIMIT ${MAX_POSITION_FACTS + 1}`;
};

const FACTS_BY_HOLDER = positionFacts('holder');
const FACTS_BY_TARGET = positionFacts('target');

export interface ProposalRow extends StoredEvidence, References {
  entityId: string;
  relation: RelationshipTypeName;
}

// What talks aim at (AIMS_AT from them), and the PROPOSED events linked to them by any walkable relationship.
const PROPOSALS = `
MATCH (n:Entity {id: $id})-[r]-(x:Entity)
WHERE (type(r) = 'AIMS_AT' AND startNode(r) = n) OR (x:Event AND x.status = 'PROPOSED' AND type(r) IN $walkable AND type(r) <> 'PARTICIPATED_IN')
WITH x, r ORDER BY x.name, type(r)
RETURN r {${evidenceEntries('r')}, entityId: x.id, relation: type(r), ${refs('x')}} AS row
LIMIT ${PAST_LIST_BOUND}`;

export class AnalysisRepository {
  constructor(private readonly executor: Executor) {}

  /** The position facts of these holders, toward `targets` only when given. */
  async factsOfHolders(holders: string[], targets: string[] | null): Promise<PositionFactRow[]> {
    return (await this.executor.read(FACTS_BY_HOLDER, { ids: holders, others: targets })).map((row) => row.row as PositionFactRow);
  }

  /** The position facts toward these targets, by anyone. */
  async factsAbout(targets: string[]): Promise<PositionFactRow[]> {
    return (await this.executor.read(FACTS_BY_TARGET, { ids: targets, others: null })).map((row) => row.row as PositionFactRow);
  }

  async proposals(negotiationId: string): Promise<ProposalRow[]> {
    return (await this.executor.read(PROPOSALS, { id: negotiationId, walkable: WALKABLE_RELATION_TYPES })).map((row) => row.row as ProposalRow);
  }
}
