// Look-ahead: evidence lists travel from Neo4j only when the answer shows them, and an entity's selected lists
// start with the entity, in the same query.
import { runInProcess } from './helpers/in-process';
import { startSeededService } from './helpers/service';

describe('look-ahead', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  beforeAll(async () => {
    running = await startSeededService();
  });
  afterAll(() => running.stop());

  async function run(source: string): Promise<{ data: unknown; queries: string[] }> {
    const { result, queries } = await runInProcess(running.driver, source);
    expect(result.errors).toBeUndefined();
    return { data: result.data, queries: queries.map((query) => query.cypher) };
  }

  it('fetches the evidence of roles, stances and participants only when it is selected', async () => {
    const lists = '... on Person { roles { title } } positions { position } stances { position }';
    const without = await run(`{ entity(id: "bill-burns") { ${lists} } event: entity(id: "doha-ceasefire-hostage-talks") { ... on Event { participants { role } } } }`);
    expect(without.queries.join('\n')).not.toContain('evQuote');

    const withEvidence = await run('{ entity(id: "bill-burns") { ... on Person { roles { title evidence { quote } } } } }');
    expect(withEvidence.queries.join('\n')).toContain('evQuote');
    expect(withEvidence.data).toEqual({ entity: { roles: [{ title: 'Director', evidence: [{ quote: 'CIA Director Bill Burns' }] }] } });
  });

  it('asks for an entity and its selected lists in one query', async () => {
    const { data, queries } = await run('{ entity(id: "doha-ceasefire-hostage-talks") { name ... on Event { participants { role entity { name } } } positions { holder { name } } } }');
    expect(queries).toHaveLength(1);
    const event = (data as { entity: { participants: { role: string; entity: { name: string } }[] } }).entity;
    expect(event.participants.filter((participant) => participant.role === 'mediator').map((participant) => participant.entity.name).sort()).toEqual(['Egypt', 'Qatar']);
  });

  it('reads only the properties asked of whom an entity met, and a partial row never answers a later lookup', async () => {
    const narrow = await run('{ entity(id: "antony-blinken") { metWith { name } } }');
    expect(narrow.queries).toHaveLength(1);
    const fromMetWith = narrow.queries[0].slice(narrow.queries[0].indexOf('PARTICIPATED_IN'));
    const metWithRead = fromMetWith.slice(0, fromMetWith.indexOf('AS rows'));
    expect(metWithRead).toContain('.name');
    expect(metWithRead).not.toContain('.description');
    const partners = (narrow.data as { entity: { metWith: { name: string }[] } }).entity.metWith;
    expect(partners.map((partner) => partner.name)).toContain('Benjamin Netanyahu');

    // Were the narrowed rows put in the by-id cache, the participants read one level down (which fills it with full
    // rows) would find Netanyahu there already and keep the partial row: his description would be missing.
    const { data: alone } = await run('{ entity(id: "benjamin-netanyahu") { description } }');
    const { data } = await run('{ entity(id: "antony-blinken") { metWith { name } events { participants { entity { id description } } } } }');
    const participants = (data as { entity: { events: { participants: { entity: { id: string; description: string | null } }[] }[] } }).entity.events.flatMap((event) => event.participants);
    const netanyahu = participants.find((participant) => participant.entity.id === 'benjamin-netanyahu');
    expect(netanyahu?.entity.description).toEqual((alone as { entity: { description: string } }).entity.description);
    expect(netanyahu?.entity.description).toEqual(expect.stringMatching(/\w/));
  });
});
