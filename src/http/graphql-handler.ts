// Apollo Server behind node:http, in the fewest steps per request. The usual GraphQL request, a POST of JSON to
// /graphql, is served without Express (app.ts routes it here first): its body read and parsed here, the answer
// written once with its length. Express costs such a request its router walk, a body-parser stream pipeline, and
// in `res.send` a copy of the body and a SHA-1 ETag that no client may use. A POST whose answer is in the answer
// cache is answered from it before Apollo sees it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ErrorCode, errorBody } from '../errors';
import { AnswerCache } from './answer-cache';

export interface GraphqlResponderOptions<Context> {
  context: (requestId: string) => Promise<Context>;
  cache: AnswerCache;
  /** Told of every POST the cache could answer: whether it did. */
  onCacheLookup: (hit: boolean) => void;
}

/** Answers a GraphQL request whose body is already parsed (by readJsonBody, or by Express for other requests). */
export type GraphqlResponder = (request: IncomingMessage, body: unknown, response: ServerResponse, requestId: string) => Promise<void>;

/** An answer worth keeping: complete, 200, and without errors (Apollo writes `errors` first when there are any). */
const isCleanAnswer = (status: number, body: string) => status === 200 && body.startsWith('{"data":');

export function writeJson(response: ServerResponse, status: number, body: string | object, contentType = 'application/json; charset=utf-8'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

export function graphqlResponder<Context extends BaseContext>(apollo: ApolloServer<Context>, { context, cache, onCacheLookup }: GraphqlResponderOptions<Context>): GraphqlResponder {
  apollo.assertStarted('graphqlResponder()');
  return async (request, body, response, requestId) => {
    const key = cache.enabled && request.method === 'POST' ? AnswerCache.keyOf(body, request.headers.accept) : undefined;
    const directives = request.headers['cache-control'] ?? '';
    if (key !== undefined && !directives.includes('no-cache')) {
      const cached = cache.get(key);
      onCacheLookup(cached !== undefined);
      if (cached) return writeJson(response, 200, cached.body, cached.contentType);
    }
    const ticket = key !== undefined && !directives.includes('no-store') ? cache.reserve(key) : undefined;

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = request.url ?? '';
    const queryAt = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'POST', headers, search: queryAt === -1 ? '' : url.slice(queryAt), body },
      context: () => context(requestId),
    });
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    const status = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const contentType = answer.headers.get('content-type') ?? 'application/json; charset=utf-8';
      if (ticket && isCleanAnswer(status, answer.body.string)) ticket.keep({ body: answer.body.string, contentType });
      return writeJson(response, status, answer.body.string, contentType);
    }
    response.statusCode = status;
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  };
}

/** A request body refused before GraphQL sees it, answered in GraphQL's error shape. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const bodyTooLarge = (limit: number) => new BodyError(413, ErrorCode.PayloadTooLarge, `The request body is larger than the limit of ${limit} bytes (BODY_LIMIT_BYTES).`);
export const bodyNotJson = () => new BodyError(400, ErrorCode.BadRequest, 'The request body is not valid JSON.');

export function writeBodyError(response: ServerResponse, error: BodyError): void {
  writeJson(response, error.status, errorBody(error.message, error.code));
}

/** Whether node:http may hand this request to readJsonBody: a POST of uncompressed JSON to `path`. */
export function isJsonPost(request: IncomingMessage, path: string): boolean {
  const url = request.url ?? '';
  const encoding = request.headers['content-encoding'];
  return (
    request.method === 'POST' &&
    (url === path || url.startsWith(`${path}?`)) &&
    (request.headers['content-type'] ?? '').startsWith('application/json') &&
    (encoding === undefined || encoding === 'identity')
  );
}

/** The body of a JSON request, at most `limit` bytes, an object or an array (as express.json's strict mode). */
export function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length']) > limit) {
      request.resume();
      return reject(bodyTooLarge(limit));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off('data', onData);
      request.resume();
      reject(bodyTooLarge(limit));
    };
    request.on('data', onData);
    request.on('error', reject);
    request.on('end', () => {
      if (size > limit) return;
      if (size === 0) return resolve({});
      try {
        const body: unknown = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
        if (body === null || typeof body !== 'object') throw bodyNotJson();
        resolve(body);
      } catch {
        reject(bodyNotJson());
      }
    });
  });
}
