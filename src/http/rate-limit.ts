// Requests counted per client in fixed one-minute windows aligned to the clock, so that every instance counts a
// client's minute alike. Counted in this process's memory, or in Redis when instances share one: then N instances
// enforce one limit per client. Without Redis a request costs one Map lookup.
import type { SharedRedis } from '../shared/redis';

export const WINDOW_MS = 60_000;

export interface RateCount {
  /** Requests of this client in the current window, this one included. */
  count: number;
  /** Until the window ends. */
  resetMs: number;
}

export interface RateCounter {
  hit(client: string, now?: number): RateCount | Promise<RateCount>;
}

const windowOf = (now: number) => Math.floor(now / WINDOW_MS) * WINDOW_MS;

/** Counts of the current window only: the map is replaced when the window ends, so it holds one minute's clients. */
export function memoryCounter(): { hit(client: string, now?: number): RateCount } {
  let counts = new Map<string, number>();
  let window = 0;
  return {
    hit(client, now = Date.now()) {
      if (windowOf(now) !== window) {
        counts = new Map();
        window = windowOf(now);
      }
      const count = (counts.get(client) ?? 0) + 1;
      counts.set(client, count);
      return { count, resetMs: window + WINDOW_MS - now };
    },
  };
}

/** One round trip: INCR the client's key of this window and let it expire with the window. Falls back to memory. */
export function sharedCounter(redis: SharedRedis, local = memoryCounter()): RateCounter {
  return {
    hit(client, now = Date.now()) {
      const window = windowOf(now);
      const key = `kg:rate:${window}:${client}`;
      return redis.attempt<RateCount>(
        'rate-limit',
        async (connection) => {
          const [[incrError, count]] = (await connection.multi().incr(key).pexpire(key, WINDOW_MS + 1_000).exec()) ?? [[new Error('transaction discarded')]];
          if (incrError) throw incrError;
          return { count: count as number, resetMs: window + WINDOW_MS - now };
        },
        () => local.hit(client, now),
      );
    },
  };
}

/**
 * Whom an address counts as: an IPv6 client by its /64 (one host is given a whole /64 and could otherwise take a
 * new address for each request), anyone else by its address.
 */
export function clientOfAddress(ip: string): string {
  if (!ip.includes(':') || ip.startsWith('::ffff:')) return ip;
  const [head, tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).join(':')}::/64`;
}
