// Questions users ask, answered by Cypher against the seeded graph: the graph holds what the articles say.
import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '../seed/load';
import { MET_WITH_EVENT_TYPES } from '../src/model';
import { clearDatabase, runCypher, testDriver } from './helpers/neo4j';
import { testExecutor } from './helpers/seed';

const RESOLUTION = 'unsc-gaza-ceasefire-draft-2024-03-22';

describe('the seeded graph answers', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    await seedDatabase(testExecutor(driver));
  });
  afterAll(() => driver.close());

  it('who vetoed the resolution', async () => {
    const rows = await runCypher(driver, 'MATCH (c)-[v:VOTED {veto: true}]->(:Resolution {id: $id}) RETURN c.name AS name, v.position AS position ORDER BY name', { id: RESOLUTION });
    expect(rows).toEqual([
      { name: 'China', position: 'AGAINST' },
      { name: 'Russia', position: 'AGAINST' },
    ]);
  });

  it('the tally, the outcome and each named vote', async () => {
    const [resolution] = await runCypher(driver, 'MATCH (r:Resolution {id: $id}) RETURN r.inFavour AS inFavour, r.against AS against, r.abstentions AS abstentions, r.adopted AS adopted', { id: RESOLUTION });
    expect(resolution).toEqual({ inFavour: 11, against: 3, abstentions: 1, adopted: false });
    const votes = await runCypher(driver, 'MATCH (c)-[v:VOTED]->(:Resolution {id: $id}) RETURN c.id AS voter, v.position AS position ORDER BY voter', { id: RESOLUTION });
    expect(votes).toEqual([
      { voter: 'algeria', position: 'AGAINST' },
      { voter: 'china', position: 'AGAINST' },
      { voter: 'guyana', position: 'ABSTAIN' },
      { voter: 'russia', position: 'AGAINST' },
    ]);
    const sponsors = await runCypher(driver, 'MATCH (s)-[:SPONSORED]->(:Resolution {id: $id}) RETURN s.id AS id', { id: RESOLUTION });
    expect(sponsors).toEqual([{ id: 'united-states' }]);
  });

  it('whom Blinken met', async () => {
    const rows = await runCypher(
      driver,
      `MATCH (:Person {id: 'antony-blinken'})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(other)
       WHERE e.type IN $meetingTypes AND other.id <> 'antony-blinken'
       RETURN DISTINCT other.id AS id ORDER BY id`,
      { meetingTypes: MET_WITH_EVENT_TYPES },
    );
    expect(rows.map((row) => row.id)).toEqual(['benjamin-netanyahu', 'israel', 'israeli-war-cabinet']);
  });

  it('that the meeting both articles report is one event whose later report stands', async () => {
    const [meeting] = await runCypher(
      driver,
      `MATCH (a:Article)-[r:REPORTS]->(e:Event {id: 'blinken-netanyahu-meeting-2024-03-22'})
       WITH e, collect([a.publisher, r.status]) AS reports
       RETURN e.status AS status, e.sourceCount AS sourceCount, e.date AS date, reports`,
    );
    expect(meeting).toMatchObject({ status: 'OCCURRED', sourceCount: 2, date: '2024-03-22' });
    expect(meeting.reports).toEqual(expect.arrayContaining([['CNN', 'PLANNED'], ['TRT World', 'OCCURRED']]));
  });

  it('who said a given sentence', async () => {
    const rows = await runCypher(
      driver,
      `MATCH (speaker)-[:SAID]->(s:Statement)-[:IN_ARTICLE]->(a:Article)
       WHERE s.text CONTAINS 'we have no way to defeat Hamas without entering Rafah'
       RETURN speaker.name AS speaker, a.publisher AS publisher, s.direct AS direct`,
    );
    expect(rows).toEqual([{ speaker: 'Benjamin Netanyahu', publisher: 'TRT World', direct: true }]);
  });

  it('which figures each article gives', async () => {
    const rows = await runCypher(
      driver,
      `MATCH (c:Claim)-[:IN_ARTICLE]->(a:Article)
       RETURN a.publisher AS publisher, collect(c.value) AS values ORDER BY publisher`,
    );
    const byPublisher = Object.fromEntries(rows.map((row) => [row.publisher, [...(row.values as number[])].sort((x, y) => x - y)]));
    expect(byPublisher['TRT World']).toEqual([3, 5, 6, 11, 15, 70, 75, 100, 32000, 32070, 74298, 2300000]);
    expect(byPublisher.CNN).toEqual([1, 6, 100, 1000000]);
  });

  it("each person's office", async () => {
    const rows = await runCypher(driver, "MATCH (:Person {id: 'bill-burns'})-[r:HOLDS_ROLE]->(o) RETURN r.title AS title, o.name AS of");
    expect(rows).toEqual([{ title: 'Director', of: 'Central Intelligence Agency' }]);
  });

  it('who negotiates in Doha, and in which role', async () => {
    const rows = await runCypher(
      driver,
      `MATCH (p)-[r:PARTICIPATED_IN]->(:Event {id: 'doha-ceasefire-hostage-talks'})
       RETURN p.id AS party, r.role AS role ORDER BY party, role`,
    );
    expect(rows).toEqual([
      { party: 'bill-burns', role: 'negotiator' },
      { party: 'egypt', role: 'mediator' },
      { party: 'hamas', role: 'party' },
      { party: 'israel', role: 'party' },
      { party: 'qatar', role: 'host' },
      { party: 'qatar', role: 'mediator' },
    ]);
  });

  it('finds entities by any alias through the full-text index, and not by a mere reference to them', async () => {
    const search = (words: string) => runCypher(driver, `CALL db.index.fulltext.queryNodes('entity_search', '"${words}"') YIELD node RETURN node.id AS id LIMIT 1`);
    expect(await search('Israeli PM Benjamin Netanyahu')).toEqual([{ id: 'benjamin-netanyahu' }]);
    expect(await search('top US diplomat')).toEqual([]);
  });
});
