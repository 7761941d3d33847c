// Resolutions: their sponsors, and votes, both as cast by a voter and as cast on a resolution, and the list of Query.votes.
import type { EntityRow, StoredEvidence, VotePosition } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { PAST_LIST_BOUND } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import type { GroupKey } from '../common/groups';
import { anchorOn, readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { equals, evidenceSources, scalar } from '../common/where';
import { ENTITY_PROJECTION, evidenceIf, refs, type References } from '../entity/entity.repository';
import type { VoteSort, VoteWhere } from './vote.input';

export interface VoteRow extends Partial<StoredEvidence>, References {
  voterId: string;
  resolutionId: string;
  position: VotePosition;
  veto: boolean;
}

const VOTES_CAST = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (voter:Entity {id: id})-[v:VOTED]->(r:Resolution)
RETURN id, collect(v {voterId: voter.id, resolutionId: r.id, .position, .veto, ${evidenceIf(evidence)}${refs('r')}})[0..${PAST_LIST_BOUND}] AS rows`;

const VOTES = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (voter:Entity)-[v:VOTED]->(r:Entity {id: id})
WITH id, voter, r, v ORDER BY voter.name
RETURN id, collect(v {voterId: voter.id, resolutionId: r.id, .position, .veto, ${evidenceIf(evidence)}${refs('voter')}})[0..${PAST_LIST_BOUND}] AS rows`;

const SPONSORS = `
UNWIND $ids AS id
MATCH (e:Entity)-[:SPONSORED]->(:Entity {id: id})
RETURN id, collect(${ENTITY_PROJECTION})[0..${PAST_LIST_BOUND}] AS rows`;

/** The votes an entity cast (Entity.votes, Entity.vetoed). */
export const votesCast = groupedRead<VoteRow>({ name: 'votesCast', cypher: VOTES_CAST, caches: 'references', connection: 'votesConnection' });
/** The votes cast on a resolution (Resolution.votes, Resolution.vetoedBy). */
export const votes = groupedRead<VoteRow>({ name: 'votes', cypher: VOTES, caches: 'references', connection: 'votes(where: { resolution: … })' });
export const sponsors = groupedRead<EntityRow>({ name: 'sponsors', cypher: SPONSORS, caches: 'entities' });

/** Query.votes: every VOTED of a voter `v` on a resolution `r`, anchored on either where given. */
export const VOTE_LIST: ListSpec<VoteWhere, VoteSort> = {
  name: 'votes',
  match: 'MATCH (v:Entity)-[n:VOTED]->(r:Entity)',
  anchors: [
    anchorOn((where) => where.voter, (id) => `(v:Entity {id: ${id}})-[n:VOTED]->(r:Entity)`),
    anchorOn((where) => where.resolution, (id) => `(v:Entity)-[n:VOTED]->(r:Entity {id: ${id}})`),
  ],
  variables: 'v, n, r',
  distinct: false,
  where: { voter: scalar('v.id'), resolution: scalar('r.id'), position: scalar('n.position'), veto: equals('n.veto'), ...evidenceSources('n') },
  sort: { voter: ['v.name'], resolution: ['r.name'], position: ['n.position'] },
  defaultSort: [{ voter: 'ASC' }],
  tieBreak: ['v.id', 'r.id'],
  projection: (evidence) => `n {voterId: v.id, resolutionId: r.id, .position, .veto, ${evidenceIf(evidence)}${refs('v', 'r')}}`,
};

/** What votes can be grouped by. */
export const VOTE_GROUPS = {
  VOTER: { value: 'v', entity: true },
  POSITION: { value: 'n.position' },
  RESOLUTION: { value: 'r', entity: true },
  VETO: { value: 'n.veto' },
} satisfies Record<string, GroupKey>;

export class VoteRepository {
  constructor(private readonly executor: Executor) {}

  page(request: PageRequest<VoteWhere, VoteSort>, wants: PageWants): Promise<Page<VoteRow>> {
    return readPage(this.executor, VOTE_LIST, request, wants);
  }
}
