// The Redis that several instances share (REDIS_URL): rate-limit counts and cached answers. It is a help, never a
// dependency: while it is unreachable every use of it falls back to this instance's memory at once (no command
// waits for a connection: the offline queue is off), a log line says so, and a metric counts the fallbacks. The
// client reconnects by itself; the first command after it is back uses it again, without a restart.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** A command that takes longer than this is treated as Redis being away (the request is not kept waiting). */
const COMMAND_TIMEOUT_MS = 250;
const LONGEST_RECONNECT_DELAY_MS = 2_000;
const FIRST_CONNECT_WAIT_MS = 2_000;

export interface SharedRedis {
  /** `work` on Redis when it is up, else (or when it fails) `fallback`; each fallback counted, failures logged once a spell. */
  attempt<T>(operation: string, work: (redis: Redis) => Promise<T>, fallback: () => T): Promise<T>;
  /** Whether Redis is in use right now (for the redis_up metric). */
  readonly up: boolean;
  close(): Promise<void>;
}

export interface SharedRedisEvents {
  onFallback: (operation: string) => void;
}

export async function connectSharedRedis(url: string, logger: Logger, events: SharedRedisEvents): Promise<SharedRedis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 1_000,
    retryStrategy: (attempts) => Math.min(50 * 2 ** attempts, LONGEST_RECONNECT_DELAY_MS),
  });
  const where = new URL(url).host;
  let wasUp = false;
  let commandsFailing = false;
  redis.on('ready', () => {
    wasUp = true;
    logger.info({ redis: where }, 'Redis is up: rate limits and the answer cache are shared');
  });
  redis.on('close', () => {
    if (wasUp) logger.warn({ redis: where }, "Redis is unreachable: rate limits and the answer cache use this instance's memory until it is back");
    wasUp = false;
  });
  // Connection errors repeat on every reconnect attempt; the close above has said what matters.
  redis.on('error', () => undefined);
  await new Promise<void>((settle) => {
    const timer = setTimeout(settle, FIRST_CONNECT_WAIT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      settle();
    });
  });
  if (redis.status !== 'ready') logger.warn({ redis: where }, "Redis is not reachable yet: rate limits and the answer cache use this instance's memory until it is");

  return {
    get up() {
      return redis.status === 'ready';
    },
    async attempt(operation, work, fallback) {
      if (redis.status === 'ready') {
        try {
          const done = await work(redis);
          commandsFailing = false;
          return done;
        } catch (error) {
          // A Redis that hangs fails every command by its timeout: one line until a command succeeds again.
          if (!commandsFailing) logger.warn({ redis: where, operation, err: error }, "Redis commands fail: requests use this instance's memory until one succeeds");
          commandsFailing = true;
        }
      }
      events.onFallback(operation);
      return fallback();
    },
    async close() {
      redis.disconnect();
    },
  };
}
