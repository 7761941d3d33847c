// The one Apollo plugin that sees every request: it refuses an operation over the cost limit once its variables
// are known, and writes the request's log line and metrics (id, operation, outcome, duration, Cypher queries).
// One plugin rather than one per concern: Apollo awaits every plugin's hook of every request.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '../context';
import type { Metrics } from '../observability/metrics';
import type { QueryLimits } from './limits';

export function requestPlugin(limits: QueryLimits, logger: Logger, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ request, document, schema }) {
          limits.checkCost(schema, document, request.operationName, request.variables);
        },
        async willSendResponse({ operationName, errors, contextValue: context = contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationName ?? '(anonymous)';
          const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
          metrics.requests.inc({ operation, outcome });
          metrics.duration.observe({ operation }, seconds);
          logger.info({ requestId: context.requestId, operation, outcome, durationMs: Math.round(seconds * 1000), cypherQueries: context.queryCount() }, 'graphql request');
        },
      };
    },
  };
}
