// Database hits per answer, measured the same way for every contender: the Cypher a contender's process sent to
// Neo4j for one answer is captured (bench/capture-queries.ts, switched on and off by SIGUSR2), then each query
// is run again under PROFILE and the database hits of its plan are summed.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';

interface CapturedQuery {
  query: string;
  params: Record<string, unknown>;
}

const reviver = (_key: string, value: unknown) => (value && typeof value === 'object' && '$int' in value ? neo4j.int((value as { $int: string }).$int) : value);

const planHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + planHits(child), 0);

/** PROFILE goes after a leading `CYPHER …` line (the version or planner options), else first. */
const profiled = (query: string) => {
  const options = /^\s*CYPHER\b[^\n]*\n/.exec(query);
  return options ? `${options[0]}PROFILE ${query.slice(options[0].length)}` : `PROFILE ${query}`;
};

/** The queries `contender` sends while `ask` runs. */
export async function capturedQueries(contender: ChildProcess, file: string, ask: () => Promise<unknown>): Promise<CapturedQuery[]> {
  writeFileSync(file, '');
  contender.kill('SIGUSR2');
  // The signal is handled on the contender's next turn of its event loop.
  await sleep(100);
  try {
    await ask();
  } finally {
    contender.kill('SIGUSR2');
    await sleep(100);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line, reviver) as CapturedQuery);
}

/** The database hits of these queries, each run again under PROFILE. */
export async function databaseHits(driver: Driver, database: string, queries: CapturedQuery[]): Promise<number> {
  let hits = 0;
  for (const { query, params } of queries) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const { summary } = await session.run(profiled(query), params);
      if (summary.profile) hits += planHits(summary.profile);
    } finally {
      await session.close();
    }
  }
  return hits;
}
