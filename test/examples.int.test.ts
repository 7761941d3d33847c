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
    const [resolution] = data.resolutions;
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
    const [doha] = data.negotiations;
    expect(doha.name).toBe('Doha ceasefire and hostage talks');
    const byRole = (role: string) => doha.participants.filter((p: any) => p.role === role).map((p: any) => p.entity.name).sort();
    expect(byRole('party')).toEqual(['Hamas', 'Israel']);
    expect(byRole('mediator')).toEqual(['Egypt', 'Qatar']);
    expect(byRole('host')).toEqual(['Qatar']);
    expect(doha.positions).toContainEqual(expect.objectContaining({ holder: { name: 'United States' }, position: 'SUPPORTS' }));
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
    expect(data.claims.map((c: any) => c.value)).toEqual(expect.arrayContaining([2300000, 32070, 74298, 70]));
    expect(data.claims.find((c: any) => c.value === 70)).toMatchObject({ unit: '%', evidence: { quote: '70 percent of them women and minors' } });
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
