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
