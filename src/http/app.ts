// The HTTP surface: /graphql (Apollo Server, and the IDE for browsers), /healthz (the process is up),
// /readyz (Neo4j answers a query), /metrics (Prometheus); the per-client rate limit and the body limits.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createRequestContext, type RequestContext } from '../context';
import type { Executor } from '../neo4j/executor';
import { ErrorCode, errorBody, formatError } from '../errors';
import { ServiceRepository } from '../graph/service/service.repository';
import { AnswerCache } from './answer-cache';
import { watchCorpusVersion } from './corpus-version';
import { graphqlHandler } from './graphql-handler';
import { ideRouter } from './ide';
import { queryLimits } from './limits';
import { rateLimitPerClient } from './rate-limit';
import { requestPlugin } from './request-plugin';
import { createMetrics } from '../observability/metrics';

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
  // No ETags: Express would hash every answer for one, and GraphQL POST answers are not cacheable.
  const app = express().disable('x-powered-by').disable('etag');
  const httpServer = http.createServer(app);
  const cache = new AnswerCache(config.answerCacheMb * 2 ** 20);
  const metrics = createMetrics(() => baseExecutor.sessionsInUse, () => cache.stats.bytes);
  // The unobserved executor: polling the version is not the service's Cypher workload.
  const corpusVersion = watchCorpusVersion(new ServiceRepository(baseExecutor), () => cache.clear());
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
      requestPlugin(limits, logger, metrics),
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

  const tagRequest: RequestHandler = (request, response, next) => {
    const requestId = request.get('x-request-id')?.slice(0, 128) || randomUUID();
    response.locals.requestId = requestId;
    response.setHeader('X-Request-Id', requestId);
    next();
  };
  const corsForGraphql = cors({ origin: config.corsOrigins });
  const rateLimit = rateLimitPerClient(config.rateLimitPerMinute);
  const graphql = graphqlHandler(apollo, {
    context: async (_request, response) => createRequestContext(executor, response.locals.requestId as string, config.requestDeadlineMs),
    cache,
    onCacheLookup: (hit) => metrics.answerCacheLookups.inc({ outcome: hit ? 'hit' : 'miss' }),
  });
  const jsonBody = express.json({ limit: config.bodyLimitBytes });

  // The GraphQL POST first, past nothing it does not need: almost every request is one.
  app.post('/graphql', tagRequest, corsForGraphql, rateLimit, jsonBody, graphql);
  app.use(tagRequest);
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
  app.use('/graphql', corsForGraphql, rateLimit);
  if (config.ideEnabled) app.use(ideRouter('/graphql'));
  // GET queries, and whatever else reaches /graphql (Apollo answers other methods with 405).
  app.use('/graphql', jsonBody, graphql);

  app.use(bodyErrors);

  await new Promise<void>((listening) => httpServer.listen(config.port, config.host, listening));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    // apollo.stop() drains the HTTP server through the plugin: no new connections, in-flight requests finish.
    stop: async () => {
      corpusVersion.stop();
      await apollo.stop();
    },
  };
}
