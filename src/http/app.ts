// The HTTP surface: /graphql (Apollo Server, and the IDE for browsers), /healthz (the process is up),
// /readyz (Neo4j answers a query), /metrics (Prometheus); the per-client rate limit and the body limits.
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
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
import { executionGateway } from './execution';
import { BodyError, bodyNotJson, bodyTooLarge, graphqlResponder, isJsonPost, readJsonBody, writeBodyError, writeJson } from './graphql-handler';
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

/** A body too large (413) or not JSON (400), found by Express's parser, is answered as readJsonBody answers it. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _request, response, next) => {
  if (error.type === 'entity.too.large') writeBodyError(response, bodyTooLarge(error.limit ?? 0));
  else if (error.type === 'entity.parse.failed') writeBodyError(response, bodyNotJson());
  else next(error);
};

/** The request's id (its X-Request-Id, else made up), echoed in the answer's headers and logged with it. */
function tagged(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const requestId = (typeof given === 'string' && given.slice(0, 128)) || randomUUID();
  response.setHeader('X-Request-Id', requestId);
  return requestId;
}

export async function startHttpServer({ config, schema, executor: baseExecutor, logger, isPrepared }: HttpDependencies): Promise<HttpServer> {
  // No ETags: Express would hash every answer it sends (GraphQL GET answers too) for a tag no client here uses.
  const app = express().disable('x-powered-by').disable('etag');
  // The GraphQL POST of JSON, almost every request, goes to answerPost without Express; the rest to Express.
  const httpServer = http.createServer((request, response) => (isJsonPost(request, '/graphql') ? void answerPost(request, response) : app(request, response)));
  const cache = new AnswerCache(config.answerCacheMb * 2 ** 20);
  const metrics = createMetrics(() => baseExecutor.sessionsInUse, () => cache.stats.bytes);
  // The unobserved executor: polling the version is not the service's Cypher workload. Without a cache, nothing
  // needs to know.
  const corpusVersion = cache.enabled ? watchCorpusVersion(new ServiceRepository(baseExecutor), () => cache.clear()) : undefined;
  const executor = baseExecutor.observedBy(() => metrics.cypherQueries.inc());
  const production = config.nodeEnv === 'production';
  const limits = queryLimits(config);
  const apollo = new ApolloServer<RequestContext>({
    gateway: executionGateway(schema, config.graphqlExecutor, config.graphqlJitAfterUses),
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
    response.locals.requestId = tagged(request, response);
    next();
  };
  const corsForGraphql = cors({ origin: config.corsOrigins });
  const allowedByRateLimit = rateLimitPerClient(config.rateLimitPerMinute);
  const rateLimit: RequestHandler = (request, response, next) => allowedByRateLimit(request, response) && next();
  const respond = graphqlResponder(apollo, {
    context: async (requestId) => createRequestContext(executor, requestId, config.requestDeadlineMs),
    cache,
    onCacheLookup: (hit) => metrics.answerCacheLookups.inc({ outcome: hit ? 'hit' : 'miss' }),
  });

  const answerPost = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const requestId = tagged(request, response);
      // With a fixed list of origins, cors decides at once and calls on synchronously.
      corsForGraphql(request, response, () => undefined);
      if (!allowedByRateLimit(request, response)) return;
      await respond(request, await readJsonBody(request, config.bodyLimitBytes), response, requestId);
    } catch (error) {
      if (error instanceof BodyError) return writeBodyError(response, error);
      logger.error({ err: error }, 'graphql request failed outside GraphQL');
      if (!response.headersSent) writeJson(response, 500, errorBody('Internal server error.', ErrorCode.InternalServerError));
      else response.destroy();
    }
  };

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
  // GET queries, and whatever else reaches /graphql (Apollo answers other methods with 405, other bodies with 400).
  app.use('/graphql', express.json({ limit: config.bodyLimitBytes }), (request, response, next) => {
    respond(request, request.body, response, response.locals.requestId as string).catch(next);
  });

  app.use(bodyErrors);

  await new Promise<void>((listening) => httpServer.listen(config.port, config.host, listening));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    // apollo.stop() drains the HTTP server through the plugin: no new connections, in-flight requests finish.
    stop: async () => {
      corpusVersion?.stop();
      await apollo.stop();
    },
  };
}
