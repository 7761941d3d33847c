// The benchmark empties the database it measures: pointed at one by NEO4J_URI, it refuses unless told it is
// disposable, before it connects to anything.
import { runEntryPoint } from './helpers/run-command';

describe('the benchmark', () => {
  it('refuses to run against NEO4J_URI without --disposable, naming the flag', () => {
    const { status, stderr } = runEntryPoint('bench/run.ts', ['--sizes', '1000'], { PATH: process.env.PATH ?? '', NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(status).toBe(1);
    expect(stderr).toContain('NEO4J_URI is set (bolt://127.0.0.1:1): the benchmark deletes every node of the database it measures.');
    expect(stderr).toContain('--disposable');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
