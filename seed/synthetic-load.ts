// Loads a synthetic corpus through the seed's chunked writes, drawing a progress bar on a terminal.
import type { Executor } from '../src/neo4j/executor';
import { loadSeedGraphInChunks } from './load';
import { syntheticCorpus, type SyntheticOptions } from './synthetic';

export interface LoadResult {
  records: number;
  seconds: number;
  recordsPerSecond: number;
}

export async function loadSyntheticCorpus(executor: Executor, options: SyntheticOptions, progressTo?: NodeJS.WriteStream): Promise<LoadResult> {
  const chunkSize = options.chunkSize ?? 1000;
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  let chunks = 0;
  const records = await loadSeedGraphInChunks(executor, syntheticCorpus({ ...options, chunkSize }), (total) => {
    chunks += 1;
    if (!progressTo?.isTTY) return;
    const done = Math.min(options.articles, (chunks - 1) * chunkSize);
    const width = 30;
    const filled = Math.round((width * done) / options.articles);
    progressTo.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${options.articles} articles, ${total} records, ${Math.round(total / elapsed())} records/s`);
  });
  if (progressTo?.isTTY) progressTo.write('\n');
  const seconds = elapsed();
  return { records, seconds, recordsPerSecond: records / seconds };
}
