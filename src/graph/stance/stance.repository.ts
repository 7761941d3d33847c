// Stances: the ones an entity holds, and the ones held toward it (its positions).
import type { StancePosition, StoredEvidence } from '../../model';
import { MAX_LIST_ITEMS } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import { evidenceIf, refs, type References } from '../entity/entity.repository';

export interface StanceRow extends Partial<StoredEvidence>, References {
  holderId: string;
  targetId: string;
  position: StancePosition;
}

const STANCES = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (h:Entity {id: id})-[s:SUPPORTS|OPPOSES]->(t:Entity)
RETURN id, collect(s {holderId: h.id, targetId: t.id, position: type(s), ${evidenceIf(evidence)}${refs('t')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const POSITIONS = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (h:Entity)-[s:SUPPORTS|OPPOSES]->(t:Entity {id: id})
WITH id, h, s, t ORDER BY h.name
RETURN id, collect(s {holderId: h.id, targetId: t.id, position: type(s), ${evidenceIf(evidence)}${refs('h')}})[0..${MAX_LIST_ITEMS}] AS rows`;

/** The stances an entity holds. */
export const stances = groupedRead<StanceRow>({ name: 'stances', cypher: STANCES, caches: 'references' });
/** The stances others hold toward an entity. */
export const positions = groupedRead<StanceRow>({ name: 'positions', cypher: POSITIONS, caches: 'references' });
