// The local JVM launcher with the real Java and Maven: finding the running test instance again, a wrong
// password, a port already taken, and Maven with no network.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j } from '../db/launcher';
import { testConnection } from './helpers/neo4j';
import { ROOT, runEntryPoint } from './helpers/run-command';

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

describe('the launcher with the real tools', () => {
  // Needs a network namespace without a network: `unshare -n`, which root can run.
  const canCutNetwork = spawnSync('unshare', ['-n', 'true']).status === 0;
  (canCutNetwork ? it : it.skip)('says Maven is offline when it cannot reach Maven Central', () => {
    const emptyRepository = mkdtempSync(join(tmpdir(), 'm2-empty-'));
    const result = spawnSync('unshare', ['-n', process.execPath, '-r', '@swc-node/register', 'db/cli.ts', 'start'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, MAVEN_OPTS: `-Dmaven.repo.local=${emptyRepository}`, NEO4J_LOCAL_HOME: mkdtempSync(join(tmpdir(), 'neo4j-unused-')) },
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Maven could not download Neo4j from Maven Central: the machine appears to be offline or the repository unreachable.');
    expect(result.stderr).toMatch(/Maven said:\n\[ERROR\] Plugin org\.apache\.maven\.plugins:maven-dependency-plugin:.* could not be resolved.*\n?$/);
    // Maven's own advice ("Re-run Maven using the -X switch…") is boilerplate the launcher drops.
    expect(result.stderr).not.toMatch(/re-run maven/i);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('names the port that is taken and the variable that moves it', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((listening) => squatter.listen(0, '127.0.0.1', listening));
    const { port } = squatter.address() as { port: number };
    try {
      const { status, stderr } = runEntryPoint('db/cli.ts', ['start'], { PATH: process.env.PATH ?? '', NEO4J_LOCAL_PORT: String(port) });
      expect(status).toBe(1);
      expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot listen there. Stop that program, or choose another port with NEO4J_LOCAL_PORT.`);
    } finally {
      squatter.close();
    }
  });
});
