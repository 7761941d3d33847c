// A person's roles: the offices the articles give them.
import type { StoredEvidence } from '../../model';
import { PAST_LIST_BOUND } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import { evidenceIf, refs, type References } from '../entity/entity.repository';

export interface RoleRow extends Partial<StoredEvidence>, References {
  personId: string;
  title: string;
  ofId: string;
  contradiction: string | null;
}

const ROLES = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:HOLDS_ROLE]->(o:Entity)
WITH id, r, o ORDER BY r.title, o.id
RETURN id, collect(r {personId: id, .title, ofId: o.id, .contradiction, ${evidenceIf(evidence)}${refs('o')}})[0..${PAST_LIST_BOUND}] AS rows`;

export const roles = groupedRead<RoleRow>({ name: 'roles', cypher: ROLES, caches: 'references' });
