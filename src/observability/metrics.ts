// Prometheus metrics of one running service, in a registry of its own (so that several servers can run in one
// process, as the tests do): requests by operation and outcome, latency, Cypher queries, Neo4j sessions in use,
// the answer cache's hits and size, refusals at the door, Redis.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type Metrics = ReturnType<typeof createMetrics>;

export interface MetricSources {
  sessionsInUse: () => number;
  answerCacheBytes: () => number;
  /** 1 while the shared Redis is in use, 0 while it is away; absent without REDIS_URL. */
  redisUp?: () => number;
}

export function createMetrics({ sessionsInUse, answerCacheBytes, redisUp }: MetricSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({ name: 'graphql_requests_total', help: "GraphQL requests, by operation name, outcome (ok or the first error code) and client (its API key's name, or the anonymous role).", labelNames: ['operation', 'outcome', 'client'], registers: [registry] }),
    refusals: new Counter({ name: 'http_refusals_total', help: 'Requests refused before GraphQL saw them, by code (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, OPERATION_NOT_REGISTERED).', labelNames: ['code'], registers: [registry] }),
    redisFallbacks: new Counter({ name: 'redis_fallbacks_total', help: "Uses of Redis that fell back to this instance's memory because it was away, by operation.", labelNames: ['operation'], registers: [registry] }),
    duration: new Histogram({ name: 'graphql_request_duration_seconds', help: 'Time from request to response, by operation name.', labelNames: ['operation'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    cypherQueries: new Counter({ name: 'neo4j_queries_total', help: 'Cypher queries run.', registers: [registry] }),
    answerCacheLookups: new Counter({ name: 'answer_cache_lookups_total', help: 'Requests the answer cache could answer, by outcome (hit or miss) and store (memory or redis, where a hit was found).', labelNames: ['outcome', 'store'], registers: [registry] }),
    answerCacheBytes: new Gauge({
      name: 'answer_cache_bytes',
      help: 'Memory held by cached answers (an upper estimate), bounded by ANSWER_CACHE_MB.',
      registers: [registry],
      collect() {
        this.set(answerCacheBytes());
      },
    }),
    ...(redisUp && {
      redisUp: new Gauge({
        name: 'redis_up',
        help: 'Whether the shared Redis (REDIS_URL) is in use (1) or away, its state kept in memory meanwhile (0).',
        registers: [registry],
        collect() {
          this.set(redisUp());
        },
      }),
    }),
    sessionsInUse: new Gauge({
      name: 'neo4j_sessions_in_use',
      help: 'Neo4j sessions open right now, each holding a pooled connection.',
      registers: [registry],
      collect() {
        this.set(sessionsInUse());
      },
    }),
  };
}
