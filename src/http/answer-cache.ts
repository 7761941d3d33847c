// Whole answers to repeated GraphQL requests, for dashboards that ask the same thing again and again. The graph
// changes only when a load stamps a new corpus version (DataVersion), so an answer stays true until then: the
// cache is emptied when the version watcher (service.ts) sees a new one. Only answers without errors are kept,
// bounded in bytes, the least recently used forgotten first.
//
// A client that must not be answered from the cache says so the HTTP way: `Cache-Control: no-cache` skips the
// lookup, `no-store` skips keeping its answer (the benchmark sends both for its cache-off column).

/** No single answer takes more than this share of the cache. */
const LARGEST_SHARE = 8;

export interface CachedAnswer {
  body: string;
  contentType: string;
}

export interface AnswerCacheStats {
  entries: number;
  bytes: number;
}

export class AnswerCache {
  private readonly answers = new Map<string, CachedAnswer>();
  private bytes = 0;
  /** Bumped by every clear(): an answer computed before a clear must not be kept after it. */
  private generation = 0;

  constructor(private readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /**
   * The key of a request, from what decides its answer: the document (or its persisted hash), operation and
   * variables, and the media type asked for. Nothing else may change an answer while this cache is on (an answer
   * that depended on who asks would need the client in its key).
   */
  static keyOf(body: unknown, accept: string | undefined): string | undefined {
    if (!body || typeof body !== 'object') return undefined;
    const { query, operationName, variables, extensions } = body as Record<string, unknown>;
    const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    const document = typeof query === 'string' ? query : typeof persisted === 'string' ? `#${persisted}` : undefined;
    return document === undefined ? undefined : JSON.stringify([document, operationName ?? null, variables ?? null, accept ?? null]);
  }

  get(key: string): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    if (answer !== undefined) {
      // Most recently used last: Map keeps insertion order.
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** A ticket for an answer about to be computed: `keep` stores it unless the cache was cleared in between. */
  reserve(key: string): { keep(answer: CachedAnswer): void } {
    const generation = this.generation;
    return { keep: (answer) => generation === this.generation && this.set(key, answer) };
  }

  clear(): void {
    this.answers.clear();
    this.bytes = 0;
    this.generation += 1;
  }

  get stats(): AnswerCacheStats {
    return { entries: this.answers.size, bytes: this.bytes };
  }

  private set(key: string, answer: CachedAnswer): void {
    const size = sizeOf(key, answer);
    if (size > this.maxBytes / LARGEST_SHARE || this.answers.has(key)) return;
    this.answers.set(key, answer);
    this.bytes += size;
    for (const [oldKey, oldAnswer] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldKey);
      this.bytes -= sizeOf(oldKey, oldAnswer);
    }
  }
}

/** JavaScript strings hold two bytes a character (at most; Latin-1 ones one): the bound errs on the safe side. */
const sizeOf = (key: string, answer: CachedAnswer) => 2 * (key.length + answer.body.length + answer.contentType.length);
