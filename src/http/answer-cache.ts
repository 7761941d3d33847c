// Whole answers to repeated GraphQL requests, for dashboards that ask the same thing again and again. The graph
// changes only when a load stamps a new corpus version (DataVersion), and every key holds the version it was
// computed at: an answer can never outlive its version, here or in Redis, and no instance has to tell another to
// forget. Memory of old versions is freed when the version watcher (corpus-version.ts) sees a new one. Only answers
// without errors, and that do not depend on who asks (context.shareable), are kept, bounded in bytes, the least
// recently used forgotten first; with Redis (REDIS_URL) they are shared by all instances as well.
//
// A client that must not be answered from the cache says so the HTTP way: `Cache-Control: no-cache` skips the
// lookup, `no-store` skips keeping its answer (the benchmark sends both for its cache-off column).
import type { SharedRedis } from '../shared/redis';
import { sha256Hex, type RequestParts } from './operations';

/** No single answer takes more than this share of the cache. */
const LARGEST_SHARE = 8;
/** Answers in Redis expire after this, whatever their version: Redis's maxmemory policy is the operator's. */
const SHARED_TTL_MS = 10 * 60_000;

export interface CachedAnswer {
  body: string;
  contentType: string;
}

export interface AnswerCacheStats {
  entries: number;
  bytes: number;
}

/**
 * The key of a request: the corpus version, the role (its ceilings decide whether an operation may run), and what
 * decides the answer: the document (or its persisted hash), operation, variables, and the media type asked for.
 */
export function answerKey(parts: RequestParts, version: string, role: string, accept: string | undefined): string | undefined {
  const document = parts.query ?? (parts.persistedHash === undefined ? undefined : `#${parts.persistedHash}`);
  return document === undefined ? undefined : JSON.stringify([version, role, document, parts.operationName ?? null, parts.variables ?? null, accept ?? null]);
}

/** This instance's answers, in memory. */
export class AnswerCache {
  private readonly answers = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
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

  /** Whether an answer may be kept at all: none takes more than its share. */
  fits(key: string, answer: CachedAnswer): boolean {
    return sizeOf(key, answer) <= this.maxBytes / LARGEST_SHARE;
  }

  set(key: string, answer: CachedAnswer): void {
    if (!this.fits(key, answer) || this.answers.has(key)) return;
    this.answers.set(key, answer);
    this.bytes += sizeOf(key, answer);
    for (const [oldKey, oldAnswer] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldKey);
      this.bytes -= sizeOf(oldKey, oldAnswer);
    }
  }

  clear(): void {
    this.answers.clear();
    this.bytes = 0;
  }

  get stats(): AnswerCacheStats {
    return { entries: this.answers.size, bytes: this.bytes };
  }
}

/** Where an answer was found. */
export type AnswerSource = 'memory' | 'redis';

/** This instance's memory first, then Redis when there is one; what Redis has is kept in memory too. */
export class SharedAnswers {
  constructor(
    private readonly memory: AnswerCache,
    private readonly redis: SharedRedis | undefined,
  ) {}

  get enabled(): boolean {
    return this.memory.enabled;
  }

  async get(key: string): Promise<{ answer: CachedAnswer; source: AnswerSource } | undefined> {
    const local = this.memory.get(key);
    if (local) return { answer: local, source: 'memory' };
    if (!this.redis) return undefined;
    const shared = await this.redis.attempt('answer-cache', async (redis) => redis.get(sharedKey(key)), () => null);
    if (shared === null) return undefined;
    const answer = JSON.parse(shared) as CachedAnswer;
    this.memory.set(key, answer);
    return { answer, source: 'redis' };
  }

  keep(key: string, answer: CachedAnswer): void {
    if (!this.memory.fits(key, answer)) return;
    this.memory.set(key, answer);
    void this.redis?.attempt('answer-cache', async (redis) => redis.set(sharedKey(key), JSON.stringify(answer), 'PX', SHARED_TTL_MS), () => undefined);
  }
}

const sharedKey = (key: string) => `kg:answer:${sha256Hex(key)}`;

/** JavaScript strings hold two bytes a character (at most; Latin-1 ones one): the bound errs on the safe side. */
const sizeOf = (key: string, answer: CachedAnswer) => 2 * (key.length + answer.body.length + answer.contentType.length);
