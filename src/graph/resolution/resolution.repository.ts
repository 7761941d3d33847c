// Resolutions: their sponsors, and votes, both as cast by a voter and as cast on a resolution.
import type { EntityRow, StoredEvidence, VotePosition } from '../../model';
import { MAX_LIST_ITEMS } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import { ENTITY_PROJECTION, evidenceIf, refs, type References } from '../entity/entity.repository';

export interface VoteRow extends Partial<StoredEvidence>, References {
  voterId: string;
  resolutionId: string;
  position: VotePosition;
  veto: boolean;
}

const VOTES_CAST = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (voter:Entity {id: id})-[v:VOTED]->(r:Resolution)
RETURN id, collect(v {voterId: voter.id, resolutionId: r.id, .position, .veto, ${evidenceIf(evidence)}${refs('r')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const VOTES = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (voter:Entity)-[v:VOTED]->(r:Entity {id: id})
WITH id, voter, r, v ORDER BY voter.name
RETURN id, collect(v {voterId: voter.id, resolutionId: r.id, .position, .veto, ${evidenceIf(evidence)}${refs('voter')}})[0..${MAX_LIST_ITEMS}] AS rows`;

const SPONSORS = `
UNWIND $ids AS id
MATCH (e:Entity)-[:SPONSORED]->(:Entity {id: id})
RETURN id, collect(${ENTITY_PROJECTION})[0..${MAX_LIST_ITEMS}] AS rows`;

/** The votes an entity cast (Entity.votes, Entity.vetoed). */
export const votesCast = groupedRead<VoteRow>({ name: 'votesCast', cypher: VOTES_CAST, caches: 'references' });
/** The votes cast on a resolution (Resolution.votes, Resolution.vetoedBy). */
export const votes = groupedRead<VoteRow>({ name: 'votes', cypher: VOTES, caches: 'references' });
export const sponsors = groupedRead<EntityRow>({ name: 'sponsors', cypher: SPONSORS, caches: 'entities' });
