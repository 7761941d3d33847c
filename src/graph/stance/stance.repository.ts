// Stances: the ones an entity holds, the ones held toward it (its positions), and the list of Query.stances.
import type { StancePosition, StoredEvidence } from '../../model';
import type { Executor } from '../../neo4j/executor';
import { PAST_LIST_BOUND } from '../common/arguments';
import { groupedRead } from '../common/grouped-read';
import type { GroupKey } from '../common/groups';
import { anchorOn, readPage, type ListSpec, type Page, type PageRequest, type PageWants } from '../common/list';
import { evidenceSources, scalar } from '../common/where';
import { evidenceIf, refs, type References } from '../entity/entity.repository';
import type { StanceSort, StanceWhere } from './stance.input';

export interface StanceRow extends Partial<StoredEvidence>, References {
  holderId: string;
  targetId: string;
  position: StancePosition;
}

const STANCES = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (h:Entity {id: id})-[s:SUPPORTS|OPPOSES]->(t:Entity)
RETURN id, collect(s {holderId: h.id, targetId: t.id, position: type(s), ${evidenceIf(evidence)}${refs('t')}})[0..${PAST_LIST_BOUND}] AS rows`;

const POSITIONS = (evidence: boolean) => `
UNWIND $ids AS id
MATCH (h:Entity)-[s:SUPPORTS|OPPOSES]->(t:Entity {id: id})
WITH id, h, s, t ORDER BY h.name
RETURN id, collect(s {holderId: h.id, targetId: t.id, position: type(s), ${evidenceIf(evidence)}${refs('h')}})[0..${PAST_LIST_BOUND}] AS rows`;

/** The stances an entity holds. */
export const stances = groupedRead<StanceRow>({ name: 'stances', cypher: STANCES, caches: 'references', connection: 'stancesConnection' });
/** The stances others hold toward an entity. */
export const positions = groupedRead<StanceRow>({ name: 'positions', cypher: POSITIONS, caches: 'references', connection: 'positionsConnection' });

/** Query.stances: every SUPPORTS or OPPOSES of a holder `h` toward a target `t`, anchored on either where given. */
export const STANCE_LIST: ListSpec<StanceWhere, StanceSort> = {
  name: 'stances',
  match: 'MATCH (h:Entity)-[n:SUPPORTS|OPPOSES]->(t:Entity)',
  anchors: [
    anchorOn((where) => where.holder, (id) => `(h:Entity {id: ${id}})-[n:SUPPORTS|OPPOSES]->(t:Entity)`),
    anchorOn((where) => where.target, (id) => `(h:Entity)-[n:SUPPORTS|OPPOSES]->(t:Entity {id: ${id}})`),
  ],
  variables: 'h, n, t',
  distinct: false,
  where: {
    holder: scalar('h.id'),
    holderKind: scalar('h.kind'),
    target: scalar('t.id'),
    targetKind: scalar('t.kind'),
    position: scalar('type(n)'),
    ...evidenceSources('n'),
  },
  sort: { holder: ['h.name'], target: ['t.name'], position: ['type(n)'] },
  defaultSort: [{ holder: 'ASC' }],
  tieBreak: ['h.id', 't.id', 'type(n)'],
  projection: (evidence) => `n {holderId: h.id, targetId: t.id, position: type(n), ${evidenceIf(evidence)}${refs('h', 't')}}`,
};

/** What stances can be grouped by. */
export const STANCE_GROUPS = {
  HOLDER: { value: 'h', entity: true },
  TARGET: { value: 't', entity: true },
  POSITION: { value: 'type(n)' },
} satisfies Record<string, GroupKey>;

export class StanceRepository {
  constructor(private readonly executor: Executor) {}

  page(request: PageRequest<StanceWhere, StanceSort>, wants: PageWants): Promise<Page<StanceRow>> {
    return readPage(this.executor, STANCE_LIST, request, wants);
  }
}
