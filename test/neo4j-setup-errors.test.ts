// The bad setups a user can meet before any database answers: each ends the command a user runs with its own
// message, not a stack trace. The commands run as child processes, with PATH holding only the fake tools given,
// so these need no Java, Maven or Neo4j (the ones that need the real tools are in launcher.int.test.ts).
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runEntryPoint as run } from './helpers/run-command';

/** A PATH of one folder holding the given shell scripts. */
function fakeBin(commands: Record<string, string>): string {
  const bin = mkdtempSync(join(tmpdir(), 'fake-bin-'));
  for (const [name, script] of Object.entries(commands)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

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
});
