// `npm run bench:examples [-- --articles 10000 --runs 50 --only A,B --out file.md]`: the latency of every example operation of
// schema/examples.graphql on the curated corpus plus a synthetic one, one client at a time, through HTTP against
// the real service and a throwaway local Neo4j. Prints and writes bench/EXAMPLES.md (p50 and p90 per operation).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { exampleOperations } from '../src/http/examples';
import { createDriver, Executor } from '../src/neo4j/executor';
import { startService } from '../src/service';
import { obtainNeo4j } from '../db/obtain';
import { seedDatabase } from '../seed/load';
import { loadSyntheticCorpus } from '../seed/synthetic-load';

const option = (flag: string, fallback: number) => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const articles = option('--articles', 10_000);
  const runs = option('--runs', 50);
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt === -1 ? null : new Set(process.argv[onlyAt + 1].split(','));
  const outAt = process.argv.indexOf('--out');
  const out = outAt === -1 ? resolve(__dirname, 'EXAMPLES.md') : resolve(process.argv[outAt + 1]);
  const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '2g', PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000', ANSWER_CACHE_MB: '0' });
  const neo4j = await obtainNeo4j(config, { throwaway: true, log: (line) => console.log(line) });
  const driver = createDriver(neo4j);
  const executor = new Executor(driver, { database: neo4j.database, queryTimeoutMs: 600_000 });
  try {
    await seedDatabase(executor);
    const load = await loadSyntheticCorpus(executor, { articles, seed: 42 }, process.stderr);
    console.log(`${articles} synthetic articles: ${load.records} records in ${load.seconds.toFixed(1)} s`);
    const service = await startService(config, neo4j);
    await service.ready;
    const lines = [`# Example operations, one client`, '', `${articles} synthetic articles beside the curated two; ${runs} runs each after 5 warm-ups, through HTTP.`, '', '| operation | p50 ms | p90 ms |', '| --- | ---: | ---: |'];
    try {
      for (const [name, query] of exampleOperations()) {
        if (only && !only.has(name)) continue;
        const times: number[] = [];
        for (let run = 0; run < runs + 5; run += 1) {
          const started = performance.now();
          const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
          const body = (await response.json()) as { errors?: unknown[] };
          if (body.errors) throw new Error(`${name} answered errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
          if (run >= 5) times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        const line = `| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 90).toFixed(1)} |`;
        console.log(line);
        lines.push(line);
      }
    } finally {
      await service.stop();
    }
    writeFileSync(out, `${lines.join('\n')}\n`);
  } finally {
    await driver.close();
    await neo4j.release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
