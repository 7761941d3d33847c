// The one Apollo plugin that sees every request: it refuses an operation over its caller's role's ceilings once its
// variables are known, and writes the request's log line and metrics (id, caller, operation, outcome, duration,
// Cypher queries).
// One plugin rather than one per concern: Apollo awaits every plugin's hook of every request.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '../context';
import type { Metrics } from '../observability/metrics';
import type { Role } from '../access/roles';
import type { QueryLimits } from './limits';

/** `fallbackRole`: the ceilings of a request without a caller (none reaches Apollo so: every request passes the gate). */
export function requestPlugin(limits: QueryLimits, logger: Logger, metrics: Metrics, fallbackRole: Role): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ request, document, schema, contextValue: context }) {
          limits.checkOperation(schema, document, request.operationName, request.variables, context.caller?.role ?? fallbackRole);
        },
        async willSendResponse({ operationName, errors, contextValue: context = contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationName ?? '(anonymous)';
          const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
          const client = context.caller?.name ?? fallbackRole.name;
          metrics.requests.inc({ operation, outcome, client });
          metrics.duration.observe({ operation }, seconds);
          logger.info({ requestId: context.requestId, client, role: context.caller?.role.name ?? fallbackRole.name, operation, outcome, durationMs: Math.round(seconds * 1000), cypherQueries: context.queryCount() }, 'graphql request');
        },
      };
    },
  };
}
