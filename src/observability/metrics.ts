// Prometheus metrics of one running service, in a registry of its own (so that several servers can run in one
// process, as the tests do): requests by operation and outcome, latency, Cypher queries, Neo4j sessions in use,
// the answer cache's hits and size.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(sessionsInUse: () => number, answerCacheBytes: () => number) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({ name: 'graphql_requests_total', help: 'GraphQL requests, by operation name and outcome (ok or the first error code).', labelNames: ['operation', 'outcome'], registers: [registry] }),
    duration: new Histogram({ name: 'graphql_request_duration_seconds', help: 'Time from request to response, by operation name.', labelNames: ['operation'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    cypherQueries: new Counter({ name: 'neo4j_queries_total', help: 'Cypher queries run.', registers: [registry] }),
    answerCacheLookups: new Counter({ name: 'answer_cache_lookups_total', help: 'GraphQL POSTs the answer cache could answer, by outcome (hit or miss).', labelNames: ['outcome'], registers: [registry] }),
    answerCacheBytes: new Gauge({
      name: 'answer_cache_bytes',
      help: 'Memory held by cached answers (an upper estimate), bounded by ANSWER_CACHE_MB.',
      registers: [registry],
      collect() {
        this.set(answerCacheBytes());
      },
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
