// The HTTP surface: /graphql (Apollo Server, and the IDE for browsers), /healthz (the process is up),
// /readyz (Neo4j answers a query), /metrics (Prometheus); API keys and rate limits (the gate), the body limits,
// and the state instances share when there is a Redis.
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
import { KeyTable } from '../access/api-keys';
import { AccessGate, type Caller } from '../access/gate';
import { roleTable, type Role } from '../access/roles';
import type { Config } from '../config';
import { createRequestContext, type RequestContext } from '../context';
import type { Executor } from '../neo4j/executor';
import { ErrorCode, errorBody, formatError } from '../errors';
import { ServiceRepository } from '../graph/service/service.repository';
import { connectSharedRedis, type SharedRedis } from '../shared/redis';
import { AnswerCache, SharedAnswers } from './answer-cache';
import { watchCorpusVersion } from './corpus-version';
import { executionGateway } from './execution';
import { BodyError, bodyNotJson, bodyTooLarge, graphqlResponder, isJsonPost, readJsonBody, writeBodyError, writeJson } from './graphql-handler';
import { ideRouter } from './ide';
import { queryLimits } from './limits';
import { registeredOperations } from './examples';
import { memoryCounter, sharedCounter } from './rate-limit';
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
  // No Express ETags: Express would hash every answer it sends; ours come from the corpus version (graphql-handler).
  const app = express().disable('x-powered-by').disable('etag');
  // The GraphQL POST of JSON, almost every request, goes to answerPost without Express; the rest to Express.
  const httpServer = http.createServer((request, response) => (isJsonPost(request, '/graphql') ? void answerPost(request, response) : app(request, response)));
  // What reads files first: a bad key or operations file stops the start before anything is connected.
  const roles = roleTable(config);
  const limits = queryLimits(config, [...roles.values()]);
  const registry = registeredOperations(config);
  const keys = new KeyTable(config.apiKeysFile, (error) => logger.error({ err: error }, 'the API key file could not be read again: the keys read before stay in force'));
  const memory = new AnswerCache(config.answerCacheMb * 2 ** 20);
  let redis: SharedRedis | undefined;
  const metrics = createMetrics({ sessionsInUse: () => baseExecutor.sessionsInUse, answerCacheBytes: () => memory.stats.bytes, redisUp: config.redisUrl ? () => (redis?.up ? 1 : 0) : undefined });
  if (config.redisUrl) redis = await connectSharedRedis(config.redisUrl, logger, { onFallback: (operation) => metrics.redisFallbacks.inc({ operation }) });
  const answers = new SharedAnswers(memory, redis);
  // The unobserved executor: polling the version is not the service's Cypher workload. A new version frees the
  // memory of answers to the old one (no key of it is asked for again).
  const corpusVersion = watchCorpusVersion(new ServiceRepository(baseExecutor), () => memory.clear());
  const executor = baseExecutor.observedBy(() => metrics.cypherQueries.inc());
  const production = config.nodeEnv === 'production';
  const gate = new AccessGate(config, roles, keys, redis ? sharedCounter(redis) : memoryCounter(), (code) => metrics.refusals.inc({ code }));
  const apollo = new ApolloServer<RequestContext>({
    gateway: executionGateway(schema, config.graphqlExecutor, config.graphqlJitAfterUses),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints here; Apollo's cache-control plugin would otherwise wrap every field's resolver (~10 % of
      // the CPU of a 200-node neighborhood).
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin(limits, logger, metrics, roles.get(config.anonymousRole) as Role),
    ],
    // A GET is run only with a header no browser sends cross-site without CORS's preflight: Apollo's own two, or
    // the API key (which no browser adds by itself, as it would a cookie).
    csrfPrevention: { requestHeaders: ['x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name'] },
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
  // A dashboard in a browser of another origin may read what it needs to poll politely: the version and its tag,
  // its rate budget, the request's id.
  const corsForGraphql = cors({ origin: config.corsOrigins, exposedHeaders: ['ETag', 'X-Corpus-Version', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id'] });
  const admit: RequestHandler = (request, response, next) => {
    gate.admit(request, response).then((caller) => {
      if (!caller) return;
      response.locals.caller = caller;
      next();
    }, next);
  };
  const respond = graphqlResponder(apollo, {
    context: async (requestId, caller) => createRequestContext(executor, requestId, config.requestDeadlineMs, caller),
    answers,
    registry,
    corpusVersion: () => corpusVersion.current,
    maxAgeSeconds: config.httpCacheMaxAgeSeconds,
    onCacheLookup: (outcome) => metrics.answerCacheLookups.inc(outcome === 'miss' ? { outcome, store: 'none' } : { outcome: 'hit', store: outcome }),
  });

  const answerPost = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const requestId = tagged(request, response);
      // With a fixed list of origins, cors decides at once and calls on synchronously.
      corsForGraphql(request, response, () => undefined);
      const caller = await gate.admit(request, response);
      if (!caller) return void request.resume();
      await respond(request, await readJsonBody(request, config.bodyLimitBytes), response, requestId, caller);
    } catch (error) {
      if (error instanceof BodyError) return writeBodyError(response, error);
      logger.error({ err: error }, 'graphql request failed outside GraphQL');
      if (!response.headersSent) writeJson(response, 500, errorBody('Internal server error.', ErrorCode.InternalServerError));
      else response.destroy();
    }
  };

  app.use(tagRequest);
  app.get('/metrics', async (req, res) => {
    if (!gate.admitToMetrics(req, res)) return;
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
  app.use('/graphql', corsForGraphql);
  // The IDE's page and assets need no key (a browser cannot send one for a page): its queries are POSTs, admitted
  // as any other (with the key a user sets in its headers tab).
  if (config.ideEnabled) app.use(ideRouter('/graphql'));
  app.use('/graphql', admit);
  // GET queries, and whatever else reaches /graphql (Apollo answers other methods with 405, other bodies with 400).
  app.use('/graphql', express.json({ limit: config.bodyLimitBytes }), (request, response, next) => {
    respond(request, request.body, response, response.locals.requestId as string, response.locals.caller as Caller).catch(next);
  });

  app.use(bodyErrors);

  await new Promise<void>((listening) => httpServer.listen(config.port, config.host, listening));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    // apollo.stop() drains the HTTP server through the plugin: no new connections, in-flight requests finish.
    stop: async () => {
      corpusVersion.stop();
      await apollo.stop();
      await redis?.close();
    },
  };
}
