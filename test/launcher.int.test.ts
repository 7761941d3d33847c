// The local JVM launcher against the running test instance: finding it again, and a wrong password.
import { startLocalNeo4j } from '../db/launcher';
import { testConnection } from './helpers/neo4j';

const { localHome } = testConnection();
const onLocalRoute = localHome !== undefined ? describe : describe.skip;

onLocalRoute('the local Neo4j launcher', () => {
  const port = Number(new URL(testConnection().uri).port);
  const options = { home: localHome as string, port, heap: '256m', pageCache: '32m' };

  it('finds the instance already running instead of starting a second one', async () => {
    const again = await startLocalNeo4j({ ...options, password: testConnection().password });
    expect(again).toMatchObject({ reused: true, uri: testConnection().uri });
  });

  it('explains a wrong password instead of failing with a stack trace', async () => {
    await expect(startLocalNeo4j({ ...options, password: 'not-the-password' })).rejects.toThrow(
      /rejected user "neo4j" with the password in NEO4J_PASSWORD\. The password is fixed when its data folder .* is first created/,
    );
  });
});
