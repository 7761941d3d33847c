// The HTTP surface: /graphql (Apollo Server, and the IDE for browsers), /healthz (the process is up),
// /readyz (Neo4j answers a query), /metrics (Prometheus); the per-client rate limit and the body limits.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createRequestContext, type RequestContext } from '../context';
import type { Executor } from '../neo4j/executor';
import { ErrorCode, errorBody, formatError } from '../errors';
import { ideRouter } from './ide';
import { queryLimits } from './limits';
import { createMetrics } from '../observability/metrics';
import { requestLogPlugin } from '../observability/request-log';

export interface HttpServer {
  url: string;
  stop(): Promise<void>;
}

export interface HttpDependencies {
  config: Config;
  schema: GraphQLSchema;
  executor: Executor;
  logger: Logger;
  /** Whether the database has its constraints (and its seed): until then the service is not ready. */
  isPrepared: () => boolean;
}

/** At most `perMinute` requests a minute per client: its X-API-Key when it sends one, else its address. */
function rateLimitPerClient(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (request) => request.get('x-api-key') ?? ipKeyGenerator(request.ip ?? ''),
    handler: (_request, response) => {
      response.status(429).json(errorBody(`Too many requests: at most ${perMinute} a minute per client (RATE_LIMIT_PER_MINUTE); retry after the Retry-After header's seconds.`, ErrorCode.RateLimited));
    },
  });
}

/** A body too large (413) or not JSON (400) is answered in GraphQL's error shape, before GraphQL sees it. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _request, response, next) => {
  if (error.type === 'entity.too.large') {
    response.status(413).json(errorBody(`The request body is larger than the limit of ${error.limit} bytes (BODY_LIMIT_BYTES).`, ErrorCode.PayloadTooLarge));
  } else if (error.type === 'entity.parse.failed') {
    response.status(400).json(errorBody('The request body is not valid JSON.', ErrorCode.BadRequest));
  } else {
    next(error);
  }
};

export async function startHttpServer({ config, schema, executor: baseExecutor, logger, isPrepared }: HttpDependencies): Promise<HttpServer> {
  const app = express().disable('x-powered-by');
  const httpServer = http.createServer(app);
  const metrics = createMetrics(() => baseExecutor.sessionsInUse);
  const executor = baseExecutor.observedBy(() => metrics.cypherQueries.inc());
  const production = config.nodeEnv === 'production';
  const limits = queryLimits(config);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints here; Apollo's cache-control plugin would otherwise wrap every field's resolver (~10 % of
      // the CPU of a 200-node neighborhood).
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      requestLogPlugin(logger, metrics),
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Our own IDE replaces Apollo's landing page (see ./ide.ts); stack traces never leave a production server.
    includeStacktraceInErrorResponses: !production,
    introspection: config.introspection,
    formatError: (formatted) => formatError(formatted, production),
    // main.ts owns SIGINT/SIGTERM. Apollo's own handlers (on outside NODE_ENV=test) raced ours: both called
    // stop(), Apollo re-raised the signal into our handler, and the process never exited.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use((request, response, next) => {
    const requestId = request.get('x-request-id')?.slice(0, 128) || randomUUID();
    response.locals.requestId = requestId;
    response.set('X-Request-Id', requestId);
    next();
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (!isPrepared()) {
      res.status(503).json({ status: 'preparing', reason: 'the database is being prepared (constraints, seed)' });
      return;
    }
    try {
      // The unobserved executor: readiness probes are not the service's Cypher workload.
      await baseExecutor.read('RETURN 1');
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  // CORS first: the IDE's router would otherwise answer preflight OPTIONS requests itself.
  app.use('/graphql', cors({ origin: config.corsOrigins }));
  app.use('/graphql', rateLimitPerClient(config.rateLimitPerMinute));
  if (config.ideEnabled) app.use(ideRouter('/graphql'));
  app.use('/graphql', express.json({ limit: config.bodyLimitBytes }), expressMiddleware(apollo, { context: async ({ res }) => createRequestContext(executor, res.locals.requestId as string, config.requestDeadlineMs) }));

  app.use(bodyErrors);

  await new Promise<void>((listening) => httpServer.listen(config.port, config.host, listening));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    // apollo.stop() drains the HTTP server through the plugin: no new connections, in-flight requests finish.
    stop: () => apollo.stop(),
  };
}
