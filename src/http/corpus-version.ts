// Watches the corpus version, the DataVersion node that every load which changes the graph stamps anew
// (seed/load.ts), and reports each change: what was computed from the graph before it (the answer cache) is
// dropped within one poll of the load's commit. One small read every POLL_MS per instance.
import type { ServiceRepository } from '../graph/service/service.repository';

/** Half a second: a load is seen, and the cache emptied, within a second of its commit. */
const CORPUS_VERSION_POLL_MS = 500;

export interface CorpusVersionWatch {
  stop(): void;
}

export function watchCorpusVersion(service: ServiceRepository, onChange: (version: string | null) => void): CorpusVersionWatch {
  // null: no load yet; undefined: not read yet (the first read reports whatever it finds).
  let known: string | null | undefined;
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const version = (await service.dataVersion())?.id ?? null;
      if (version !== known) {
        known = version;
        onChange(version);
      }
    } catch {
      // Neo4j unreachable: the last version stands until it answers again (its outage is /readyz's to report).
    } finally {
      polling = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), CORPUS_VERSION_POLL_MS).unref();
  return { stop: () => clearInterval(timer) };
}
