// At most N requests a minute per client, counted in fixed one-minute windows, synchronously: a request costs one
// Map lookup and no await (express-rate-limit, used before, awaited its store four times per request). Headers
// follow the IETF RateLimit header draft 7: RateLimit-Policy and RateLimit, and Retry-After on a refusal.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, errorBody } from '../errors';
import { writeJson } from './graphql-handler';

const WINDOW_MS = 60_000;

export interface RateLimiter {
  /** One more request from `client`: how many it has left in this window (negative: over), and when the window ends. */
  hit(client: string, now?: number): { remaining: number; resetMs: number };
}

/**
 * Counts per client in the current window. Every client's count starts again together when the window ends (the
 * map is cleared then), so memory holds only the clients of one minute.
 */
export function fixedWindowLimiter(perMinute: number): RateLimiter {
  let hits = new Map<string, number>();
  let windowEnds = 0;
  return {
    hit(client, now = Date.now()) {
      if (now >= windowEnds) {
        hits = new Map();
        windowEnds = now + WINDOW_MS;
      }
      const count = (hits.get(client) ?? 0) + 1;
      hits.set(client, count);
      return { remaining: perMinute - count, resetMs: windowEnds - now };
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

/**
 * Whether a request may go on. A client over its limit (its X-API-Key when it sends one, else its address) has
 * been answered 429 with Retry-After. Plain node:http, for the GraphQL POST that no Express router sees.
 */
export function rateLimitPerClient(perMinute: number): (request: IncomingMessage, response: ServerResponse) => boolean {
  const limiter = fixedWindowLimiter(perMinute);
  const policy = `${perMinute};w=${WINDOW_MS / 1000}`;
  return (request, response) => {
    const key = request.headers['x-api-key'];
    const { remaining, resetMs } = limiter.hit(typeof key === 'string' ? `key:${key}` : clientOfAddress(request.socket.remoteAddress ?? ''));
    const resetSeconds = Math.ceil(resetMs / 1000);
    response.setHeader('RateLimit-Policy', policy);
    response.setHeader('RateLimit', `limit=${perMinute}, remaining=${Math.max(0, remaining)}, reset=${resetSeconds}`);
    if (remaining >= 0) return true;
    response.setHeader('Retry-After', String(resetSeconds));
    writeJson(response, 429, errorBody(`Too many requests: at most ${perMinute} a minute per client (RATE_LIMIT_PER_MINUTE); retry after the Retry-After header's seconds.`, ErrorCode.RateLimited));
    return false;
  };
}
