// Watches the corpus version, the DataVersion node that every load which changes the graph stamps anew
// (seed/load.ts), and reports each change: what was computed from the graph before it (the answer cache) is
// forgotten within one poll of the load's commit, and answers carry the new version (their X-Corpus-Version header,
// the ETags of GET answers). One small read every POLL_MS per instance.
import type { ServiceRepository } from '../graph/service/service.repository';

/** Half a second: a load is seen, and new ETags given, within a second of its commit. */
const CORPUS_VERSION_POLL_MS = 500;

export interface CorpusVersionWatch {
  /** The version last read: null before the first load, undefined until Neo4j has been read once. */
  readonly current: string | null | undefined;
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
  return {
    get current() {
      return known;
    },
    stop: () => clearInterval(timer),
  };
}
