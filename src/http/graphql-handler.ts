// Apollo Server behind Express, in the fewest steps per request: the parsed body and the headers handed over, the
// answer written once with its length. Express's `res.send` (which @as-integrations/express5, used before, calls)
// copies every body into a Buffer and hashes it for an ETag, for POST answers that no client may cache. A POST
// whose answer is in the answer cache is answered from it before Apollo sees it.
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { AnswerCache } from './answer-cache';

export interface GraphqlHandlerOptions<Context> {
  context: (request: Request, response: Response) => Promise<Context>;
  cache: AnswerCache;
  /** Told of every POST the cache could answer: whether it did. */
  onCacheLookup: (hit: boolean) => void;
}

/** An answer worth keeping: complete, 200, and without errors (Apollo writes `errors` first when there are any). */
const isCleanAnswer = (status: number, body: string) => status === 200 && body.startsWith('{"data":');

function write(response: Response, status: number, body: string): void {
  response.statusCode = status;
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(body);
}

export function graphqlHandler<Context extends BaseContext>(apollo: ApolloServer<Context>, { context, cache, onCacheLookup }: GraphqlHandlerOptions<Context>): RequestHandler {
  apollo.assertStarted('graphqlHandler()');
  return async (request, response, next) => {
    try {
      const key = cache.enabled && request.method === 'POST' ? AnswerCache.keyOf(request.body, request.headers.accept) : undefined;
      const directives = request.headers['cache-control'] ?? '';
      if (key !== undefined && !directives.includes('no-cache')) {
        const cached = cache.get(key);
        onCacheLookup(cached !== undefined);
        if (cached) {
          response.setHeader('Content-Type', cached.contentType);
          return write(response, 200, cached.body);
        }
      }
      const ticket = key !== undefined && !directives.includes('no-store') ? cache.reserve(key) : undefined;

      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const queryAt = request.url.indexOf('?');
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method, headers, search: queryAt === -1 ? '' : request.url.slice(queryAt), body: request.body },
        context: () => context(request, response),
      });
      for (const [name, value] of answer.headers) response.setHeader(name, value);
      const status = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        const contentType = answer.headers.get('content-type');
        if (ticket && contentType && isCleanAnswer(status, answer.body.string)) ticket.keep({ body: answer.body.string, contentType });
        return write(response, status, answer.body.string);
      }
      response.statusCode = status;
      for await (const chunk of answer.body.asyncIterator) response.write(chunk);
      response.end();
    } catch (error) {
      next(error);
    }
  };
}
