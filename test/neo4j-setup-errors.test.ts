// The bad setups a user can meet before any database answers: each ends the command a user runs with its own
// message, not a stack trace. The commands run as child processes, with PATH holding only the fake tools given.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

interface Outcome {
  status: number | null;
  stderr: string;
}

/** Runs a TypeScript entry point as `npm start` / `npm run db:start` would, with the given PATH and env. */
function run(entryPoint: string, args: string[], env: Record<string, string>): Outcome {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', entryPoint, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { HOME: process.env.HOME ?? '/root', NEO4J_LOCAL_HOME: mkdtempSync(join(tmpdir(), 'neo4j-unused-')), ...env },
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

/** A PATH of one folder holding the given shell scripts. */
function fakeBin(commands: Record<string, string>): string {
  const bin = mkdtempSync(join(tmpdir(), 'fake-bin-'));
  for (const [name, script] of Object.entries(commands)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

const realPath = process.env.PATH ?? '';
const FAKE_OLD_JAVA = { java: 'echo \'openjdk version "11.0.22" 2024-01-16\' >&2' };

describe('bad Neo4j setups', () => {
  it('says what is missing and the three ways to fix it when no Neo4j can be had', () => {
    const { status, stderr } = run('src/main.ts', [], { PATH: fakeBin({}) });
    expect(status).toBe(1);
    expect(stderr).toContain('No Neo4j is available. NEO4J_URI is not set; no Docker engine answers (`docker info`: no docker command); and the local launcher needs Java 17+ and Maven, not found on PATH.');
    expect(stderr).toMatch(/1\. point at an existing Neo4j 5: NEO4J_URI=.*\n.*2\. start a Docker engine.*\n.*3\. install Java 17\+ and Maven/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('reports a Docker client without an engine as such, not as a working Docker', () => {
    const docker = 'echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" >&2; exit 1';
    const { status, stderr } = run('src/main.ts', [], { PATH: fakeBin({ docker }) });
    expect(status).toBe(1);
    expect(stderr).toContain('(`docker info`: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?)');
  });

  it('refuses a Java older than 17, naming the version it found', () => {
    const { status, stderr } = run('db/cli.ts', ['start'], { PATH: `${fakeBin(FAKE_OLD_JAVA)}:${dirname(process.execPath)}` });
    expect(status).toBe(1);
    expect(stderr).toContain('Java 11 is too old: Neo4j 5.26 needs Java 17 or newer.');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

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
    expect(result.stderr).not.toContain('re-run Maven');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('names the port that is taken and the variable that moves it', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((listening) => squatter.listen(0, '127.0.0.1', listening));
    const { port } = squatter.address() as { port: number };
    try {
      const { status, stderr } = run('db/cli.ts', ['start'], { PATH: realPath, NEO4J_LOCAL_PORT: String(port) });
      expect(status).toBe(1);
      expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot listen there. Stop that program, or choose another port with NEO4J_LOCAL_PORT.`);
    } finally {
      squatter.close();
    }
  });
});
