// Every example operation of schema/examples.graphql, run over HTTP against the seeded graph, with its answer checked.
import { exampleOperations } from '../src/http/examples';
import type { RunningService } from '../src/service';
import { graphql, startSeededService } from './helpers/service';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
const EXPECTATIONS: Record<string, (data: any) => void> = {
  WhoMetWhom: (data) => {
    expect(data.entity.metWith.map((e: any) => e.id)).toEqual(['benjamin-netanyahu', 'israel', 'israeli-war-cabinet']);
    expect(data.entity.events).toEqual([{ name: 'Blinken meets Netanyahu and the Israeli war cabinet', status: 'OCCURRED', date: '2024-03-22', place: { name: 'Tel Aviv' } }]);
  },
  WhoVetoed: (data) => {
    const [{ node: resolution }] = data.resolutions.edges;
    expect(resolution.vetoedBy.map((e: any) => e.name).sort()).toEqual(['China', 'Russia']);
    expect(resolution.tally).toEqual({ inFavour: 11, against: 3, abstentions: 1 });
    expect(resolution.adopted).toBe(false);
    expect(resolution.votes).toContainEqual({ voter: { name: 'Guyana' }, position: 'ABSTAIN', veto: false, evidence: [{ quote: 'Guyana abstained.' }] });
  },
  WhoSaid: (data) => {
    expect(data.statements.totalCount).toBe(1);
    expect(data.statements.edges[0].node).toMatchObject({ direct: true, speaker: { name: 'Benjamin Netanyahu' }, article: { publisher: 'TRT World' } });
  },
  PersonRoles: (data) => {
    expect(data.entity.roles).toEqual([{ title: 'Director', of: { name: 'Central Intelligence Agency' }, evidence: [{ quote: 'CIA Director Bill Burns', article: { publisher: 'CNN' } }] }]);
  },
  NegotiationParties: (data) => {
    const [{ node: doha }] = data.negotiations.edges;
    expect(doha.name).toBe('Doha ceasefire and hostage talks');
    const byRole = (role: string) => doha.participants.filter((p: any) => p.role === role).map((p: any) => p.entity.name).sort();
    expect(byRole('party')).toEqual(['Hamas', 'Israel']);
    expect(byRole('mediator')).toEqual(['Egypt', 'Qatar']);
    expect(byRole('host')).toEqual(['Qatar']);
    expect(doha.positions).toContainEqual(expect.objectContaining({ holder: { name: 'United States' }, position: 'SUPPORTS' }));
  },
  EventsPerWeek: (data) => {
    // ISO weeks holding March 2024: from Monday 26 February to Sunday 31 March; each event in the week of its first day.
    expect(data.timeline.map((bucket: any) => [bucket.start, bucket.end, bucket.count])).toEqual([
      ['2024-02-26', '2024-03-03', 3],
      ['2024-03-04', '2024-03-10', 0],
      ['2024-03-11', '2024-03-17', 1],
      ['2024-03-18', '2024-03-24', 8],
      ['2024-03-25', '2024-03-31', 2],
    ]);
    // The three month-precise events of March (the trip, air drops, the pier) start on 1 March and span past their week.
    expect(data.timeline[0].spanning).toBe(3);
    expect(data.timeline[4].byStatus).toEqual([{ key: 'PLANNED', count: 2 }]);
  },
  MostQuotedSpeakers: (data) => {
    expect(data.statementsAggregate.count).toBe(35);
    expect(data.statementsAggregate.groupBy.slice(0, 2)).toEqual([
      { keys: [{ entity: { id: 'antony-blinken', name: 'Antony Blinken' } }], count: 13 },
      { keys: [{ entity: { id: 'benjamin-netanyahu', name: 'Benjamin Netanyahu' } }], count: 6 },
    ]);
  },
  ClaimsPerMeasure: (data) => {
    const groups = data.claimsAggregate.groupBy.map((group: any) => [...group.keys.map((key: any) => key.value), group.count, group.value.min, group.value.max]);
    expect(groups).toContainEqual(['people killed', 'TRT World', 2, 32000, 32070]);
    expect(groups).toContainEqual(['ordinal', 'CNN', 1, 6, 6]);
    expect(groups).toContainEqual(['ordinal', 'TRT World', 1, 6, 6]);
    expect(groups.reduce((total: number, group: any[]) => total + group[2], 0)).toBe(16);
  },
  NegotiationMediators: (data) => {
    const mediators = data.eventsAggregate.groupBy.filter((group: any) => group.keys[0].value === 'mediator').map((group: any) => [group.keys[1].entity.name, group.count]);
    expect(mediators).toEqual([['Egypt', 1], ['Qatar', 1]]);
  },
  EventsTable: (data) => {
    expect(data.events.totalCount).toBe(3);
    expect(data.events.edges.map((edge: any) => edge.node.id)).toEqual(['blinken-netanyahu-meeting-2024-03-22', 'blinken-visit-to-israel-2024-03-22', 'blinken-sixth-middle-east-trip']);
    expect(data.events.pageInfo.hasNextPage).toBe(false);
  },
  PathBetween: (data) => {
    const { path } = data;
    expect(path.nodes[0].id).toBe('bill-burns');
    expect(path.nodes.at(-1).id).toBe('guyana');
    expect(path.relations).toHaveLength(path.length);
    expect(path.length).toBeGreaterThan(1);
    // Each relation joins two consecutive nodes of the path.
    path.relations.forEach((relation: any, i: number) => {
      expect([relation.from.id, relation.to.id].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
    });
  },
  Neighborhood: (data) => {
    const ids = data.neighborhood.nodes.map((n: any) => n.id);
    expect(ids[0]).toBe('hamas');
    expect(ids).toEqual(expect.arrayContaining(['october-7-attack', 'doha-ceasefire-hostage-talks', 'unsc-gaza-ceasefire-draft-2024-03-22']));
    for (const relation of data.neighborhood.relations) {
      expect(ids).toContain(relation.from.id);
      expect(ids).toContain(relation.to.id);
    }
  },
  DashboardStats: (data) => {
    expect(data.stats).toMatchObject({ articles: 2, statements: 35, claims: 16 });
    expect(data.stats.entitiesByKind).toContainEqual({ key: 'PERSON', count: 8 });
    expect(data.stats.eventsByDate[0]).toEqual({ key: '2023-10-07', count: 2 });
  },
  SearchByName: (data) => {
    expect(data.search[0]).toEqual({ id: 'antony-blinken', name: 'Antony Blinken', kind: 'PERSON' });
  },
  EachSourceVersion: (data) => {
    expect(data.entity).toMatchObject({ status: 'OCCURRED', date: '2024-03-22', disputed: true });
    expect(data.entity.reports.map((report: any) => [report.article.publisher, report.status])).toEqual([['CNN', 'PLANNED'], ['TRT World', 'OCCURRED']]);
  },
  FiguresAboutGaza: (data) => {
    const claims = data.claims.edges.map((edge: any) => edge.node);
    expect(claims.map((c: any) => c.value)).toEqual(expect.arrayContaining([2300000, 32070, 74298, 70]));
    expect(claims.find((c: any) => c.value === 70)).toMatchObject({ unit: '%', evidence: { quote: '70 percent of them women and minors' } });
  },
  CorroboratedPaths: (data) => {
    expect(data.paths).toHaveLength(3);
    for (const path of data.paths) {
      expect(path.hops[0].from.name).toBe('Bill Burns');
      expect(path.hops.at(-1).to.name).toBe('Guyana');
      for (const hop of path.hops) expect(hop.evidence.quote.length).toBeGreaterThan(0);
    }
    expect(data.paths[0].hops.map((hop: any) => hop.type)).toEqual(['PARTICIPATED_IN', 'AIMS_AT', 'AIMS_AT', 'VOTED']);
  },
  DohaPositionMatrix: (data) => {
    const talks = data.negotiation;
    expect(talks.parties.map((party: any) => party.entity.name)).toEqual(['Hamas', 'Israel']);
    expect(talks.mediators.map((mediator: any) => mediator.entity.name)).toEqual(['Egypt', 'Qatar']);
    expect(talks.hosts.map((host: any) => host.entity.name)).toEqual(['Qatar']);
    expect(talks.proposals).toEqual([{ entity: { name: 'Gaza ceasefire and hostage-release deal' }, relation: 'AIMS_AT' }]);
    expect(talks.positions).toContainEqual(expect.objectContaining({ holder: { name: 'United States' }, target: { name: 'Doha ceasefire and hostage talks' }, position: 'SUPPORTS', sources: [{ publisher: 'CNN' }] }));
  },
  UsRussiaAlignment: (data) => {
    expect(data.alignment.disagreements).toContainEqual(expect.objectContaining({ target: { name: expect.stringContaining('ceasefire') }, a: 'FOR', b: 'VETOED' }));
    expect(data.alignment.agreements).toEqual([]);
    expect(data.alignment.ratio).toBe(0);
  },
  VotersNetwork: (data) => {
    expect(data.network.nodes).toHaveLength(5);
    const weight = (a: string, b: string) => data.network.edges.find((edge: any) => [edge.from.id, edge.to.id].sort().join() === [a, b].sort().join())?.weight;
    expect(weight('russia', 'china')).toBe(2);
    expect(weight('russia', 'united-states')).toBe(1);
    expect(data.network.edges).toHaveLength(10);
  },
  WhereSaid: (data) => {
    const said = data.textSearch.edges.map((edge: any) => edge.node).find((hit: any) => hit.kind === 'STATEMENT');
    expect(said).toMatchObject({ statement: { speaker: { name: 'Antony Blinken' } }, article: { publisher: 'CNN' } });
    expect(said.snippet).toBe('And for those that would inevitably remain, it would be a <mark>humanitarian disaster</mark>.”');
  },
};

describe('the example operations', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  let service: RunningService;
  beforeAll(async () => {
    running = await startSeededService();
    service = running.service;
  });
  afterAll(() => running.stop());

  it('has an expectation for every example and an example for every expectation', () => {
    expect([...exampleOperations().keys()].sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it.each([...exampleOperations()])('%s answers as the articles say', async (_name, operation) => {
    const { status, body } = await graphql(service, operation);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    EXPECTATIONS[_name](body.data);
  });
});
