// The executor's translation of driver failures into the service's error codes.
import { createDriver, Executor } from '../src/neo4j/executor';
import { ErrorCode } from '../src/errors';
import { freePort } from '../db/launcher';
import { testConnection, testDriver } from './helpers/neo4j';

describe('the executor', () => {
  it('reports an unreachable Neo4j as SERVICE_UNAVAILABLE, within seconds', async () => {
    const port = await freePort();
    const driver = createDriver({ ...testConnection(), uri: `bolt://127.0.0.1:${port}` });
    try {
      const executor = new Executor(driver, { database: 'neo4j', queryTimeoutMs: 1_000 });
      await expect(executor.read('RETURN 1')).rejects.toMatchObject({ extensions: { code: ErrorCode.ServiceUnavailable } });
    } finally {
      await driver.close();
    }
  });

  it('reports a query over its time limit as TIMEOUT', async () => {
    const driver = testDriver();
    try {
      const executor = new Executor(driver, { database: testConnection().database, queryTimeoutMs: 200 });
      const slow = 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*)';
      await expect(executor.read(slow)).rejects.toMatchObject({ extensions: { code: ErrorCode.Timeout, limitMs: 200 } });
    } finally {
      await driver.close();
    }
  });
});

describe('a request deadline', () => {
  it('stops a query that would run past it with DEADLINE_EXCEEDED, and starts no query after it', async () => {
    const driver = testDriver();
    try {
      const executor = new Executor(driver, { database: testConnection().database, queryTimeoutMs: 10_000 }).withDeadline(300);
      const slow = 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*)';
      await expect(executor.read(slow)).rejects.toMatchObject({ extensions: { code: ErrorCode.DeadlineExceeded, deadlineMs: 300 } });
      await expect(executor.read('RETURN 1')).rejects.toMatchObject({ extensions: { code: ErrorCode.DeadlineExceeded } });
      // The executor it came from has no deadline and goes on serving.
      await expect(new Executor(driver, { database: testConnection().database, queryTimeoutMs: 10_000 }).read('RETURN 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await driver.close();
    }
  });
});

describe('grouped reads', () => {
  // Self-contained reads of the loaders' form: no data needed, so the test cannot pass by what happens to be stored.
  const NUMBERS = 'UNWIND $ids AS id WITH id WHERE id STARTS WITH "n" RETURN id, [id + $suffix] AS rows';
  const LETTERS = 'UNWIND $ids AS id WITH id WHERE id STARTS WITH "l" RETURN id, collect(id + "-letter") AS rows';

  it('asked for in one tick run as one query, each read getting its own rows and parameters, a read that finds nothing included', async () => {
    const driver = testDriver();
    try {
      const queries: string[] = [];
      const executor = new Executor(driver, { database: testConnection().database, queryTimeoutMs: 10_000 }).observedBy((cypher) => queries.push(cypher));
      const [numbers, letters, nothing, otherSuffix] = await Promise.all([
        executor.readGrouped('numbers', NUMBERS, ['n1', 'n2', 'l1'], { suffix: '-number' }),
        executor.readGrouped('letters', LETTERS, ['l1', 'n1']),
        executor.readGrouped('numbers', NUMBERS, ['l2'], { suffix: '-number' }),
        executor.readGrouped('numbers', NUMBERS, ['n3'], { suffix: '-other' }),
      ]);
      expect(queries).toHaveLength(1);
      expect(numbers).toEqual(new Map([['n1', ['n1-number']], ['n2', ['n2-number']]]));
      expect(letters).toEqual(new Map([['l1', ['l1-letter']]]));
      expect(nothing).toEqual(new Map());
      expect(otherSuffix).toEqual(new Map([['n3', ['n3-other']]]));
    } finally {
      await driver.close();
    }
  });

  it('fail together when their query fails, with the executor’s coded error', async () => {
    const driver = testDriver();
    try {
      const executor = new Executor(driver, { database: testConnection().database, queryTimeoutMs: 200 });
      const slow = 'UNWIND $ids AS id CALL (id) { UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n } RETURN id, [n] AS rows';
      const reads = [executor.readGrouped('slow', slow, ['a']), executor.readGrouped('numbers', NUMBERS, ['n1'], { suffix: '' })];
      for (const read of reads) await expect(read).rejects.toMatchObject({ extensions: { code: ErrorCode.Timeout } });
    } finally {
      await driver.close();
    }
  });

  it.each([
    ['answers for an id it was not given', 'UNWIND $ids AS id RETURN "stranger" AS id, [] AS rows'],
    ['answers rows that are not a list', 'UNWIND $ids AS id RETURN id, 1 AS rows'],
    ['answers twice for one id', 'UNWIND $ids AS id UNWIND [1, 2] AS twice RETURN id, [twice] AS rows'],
  ])('is an error naming the read when its query %s', async (_, cypher) => {
    const driver = testDriver();
    try {
      const executor = new Executor(driver, { database: testConnection().database, queryTimeoutMs: 10_000 });
      await expect(executor.readGrouped('broken', cypher, ['a'])).rejects.toThrow(/^The grouped read "broken" must return one row \{id, rows: \[\.\.\.\]\} per id it was given, but returned /);
    } finally {
      await driver.close();
    }
  });
});
