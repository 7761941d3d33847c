// Neo4j through neo4j:// (routing), as a cluster is reached: a single Neo4j answers the routing protocol too, so
// the service, and a load through a routed driver, run here exactly as they would against Enterprise or Aura:
// reads in READ sessions (a cluster's followers), writes in WRITE sessions (its leader), reads after this
// process's bookmarks.
import { seedDatabase } from '../seed/load';
import { loadConfig } from '../src/config';
import { createDriver, Executor } from '../src/neo4j/executor';
import { startService, type RunningService } from '../src/service';
import { clearDatabase, runCypher, testConnection, testDriver } from './helpers/neo4j';
import { NO_KEYS } from './helpers/keys';
import { dataOf } from './helpers/service';

const routed = () => {
  const connection = testConnection();
  return { ...connection, uri: connection.uri.replace(/^bolt:\/\//, 'neo4j://') };
};

describe('Neo4j through neo4j:// routing', () => {
  let service: RunningService;
  beforeAll(async () => {
    const driver = testDriver();
    await clearDatabase(driver);
    await driver.close();
    service = await startService(loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent', API_KEYS_FILE: NO_KEYS }), routed());
    await service.ready;
  });
  afterAll(() => service.stop());

  it('is offered a routing table with routers, readers and writers', async () => {
    const driver = testDriver();
    try {
      const [table] = await runCypher(driver, `CALL dbms.routing.getRoutingTable({}, $database) YIELD servers RETURN [server IN servers | server.role] AS roles`, { database: testConnection().database });
      expect([...(table.roles as string[])].sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    } finally {
      await driver.close();
    }
  });

  it('loads through a routed driver, reads its own writes at once, and serves what was loaded', async () => {
    const connection = routed();
    const driver = createDriver(connection);
    try {
      const executor = new Executor(driver, { database: connection.database, queryTimeoutMs: 60_000 });
      await seedDatabase(executor);
      // A read right after the load's commit, in a READ session that carries the load's bookmark.
      const [row] = await executor.read('MATCH (a:Article) RETURN count(a) AS articles');
      expect(row.articles).toBe(2);
    } finally {
      await driver.close();
    }
    const started = Date.now();
    let articles = 0;
    while (articles !== 2 && Date.now() - started < 2_000) articles = (await dataOf<{ stats: { articles: number } }>(service, '{ stats { articles } }')).stats.articles;
    expect(articles).toBe(2);
    expect((await dataOf<{ entity: { name: string } }>(service, '{ entity(id: "antony-blinken") { name } }')).entity.name).toBe('Antony Blinken');
  });

  it('starts every session of a routing driver after this process’s bookmarks, and a bolt:// driver’s without', async () => {
    const managersOf = async (uri: string) => {
      const connection = { ...testConnection(), uri };
      const driver = createDriver(connection);
      const managers: unknown[] = [];
      const openSession = driver.session.bind(driver);
      driver.session = (config) => {
        managers.push(config?.bookmarkManager);
        return openSession(config);
      };
      try {
        const executor = new Executor(driver, { database: connection.database, queryTimeoutMs: 10_000 });
        await executor.write('MERGE (probe:RoutingProbe {id: 1}) RETURN probe.id');
        await executor.read('MATCH (probe:RoutingProbe) RETURN count(probe) AS probes');
        await executor.write('MATCH (probe:RoutingProbe) DELETE probe');
        return managers;
      } finally {
        await driver.close();
      }
    };
    const routedManagers = await managersOf(routed().uri);
    expect(routedManagers).toHaveLength(3);
    expect(new Set(routedManagers).size).toBe(1);
    expect(routedManagers[0]).toBeDefined();
    expect(await managersOf(testConnection().uri)).toEqual([undefined, undefined, undefined]);
  });
});
