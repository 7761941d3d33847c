// One structured log line and the metrics of every GraphQL request: its id, operation, outcome, duration and
// how many Cypher queries it ran.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '../context';
import type { Metrics } from './metrics';

export function requestLogPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
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
