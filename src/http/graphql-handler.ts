// Apollo Server behind node:http, in the fewest steps per request. The usual GraphQL request, a POST of JSON to
// /graphql, is served without Express (app.ts routes it here first): its body read and parsed here, the answer
// written once with its length. Express costs such a request its router walk, a body-parser stream pipeline, and
// in `res.send` a copy of the body and a SHA-1 of it for an ETag (ours come from the corpus version instead, and
// only on answers a client may revalidate). An answer in the answer cache is sent before Apollo sees the request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Caller } from '../access/gate';
import { ErrorCode, errorBody } from '../errors';
import { answerKey, type AnswerSource, type SharedAnswers } from './answer-cache';
import { requestParts, sha256Hex, type OperationRegistry } from './operations';

/** What the responder needs of a request's context: whether its answer may be shared with other callers. */
export interface ShareableContext extends BaseContext {
  /** False once a resolver has read who is asking (viewer): the answer is then neither cached nor shared. */
  shareable: boolean;
}

export interface GraphqlResponderOptions<Context> {
  context: (requestId: string, caller: Caller) => Promise<Context>;
  answers: SharedAnswers;
  registry: OperationRegistry;
  /** The corpus version now: null before the first load, undefined until it has been read. */
  corpusVersion: () => string | null | undefined;
  /** max-age of a GET answer to a registered operation. */
  maxAgeSeconds: number;
  /** Told of every request the cache could answer: where it was found, or that it was not. */
  onCacheLookup: (outcome: AnswerSource | 'miss') => void;
}

/** Answers a GraphQL request whose body is already parsed (by readJsonBody, or by Express for other requests). */
export type GraphqlResponder = (request: IncomingMessage, body: unknown, response: ServerResponse, requestId: string, caller: Caller) => Promise<void>;

/** An answer worth keeping: complete, 200, and without errors (Apollo writes `errors` first when there are any). */
const isCleanAnswer = (status: number, body: string) => status === 200 && body.startsWith('{"data":');

export function writeJson(response: ServerResponse, status: number, body: string | object, contentType = 'application/json; charset=utf-8'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

const matches = (ifNoneMatch: string | undefined, etag: string) => ifNoneMatch !== undefined && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

/**
 * Before Apollo: the registered-only role's check, a registered operation's text put in for its hash, the answer
 * cache, and for a GET of a registered operation its ETag (If-None-Match answered 304 with no work) and
 * Cache-Control. Every answer carries the corpus version (X-Corpus-Version) once it is known.
 */
export function graphqlResponder<Context extends ShareableContext>(apollo: ApolloServer<Context>, options: GraphqlResponderOptions<Context>): GraphqlResponder {
  apollo.assertStarted('graphqlResponder()');
  const { answers, registry } = options;
  return async (request, body, response, requestId, caller) => {
    const parts = requestParts(request.method, request.url, body);
    // Only these need to know whether the operation is registered: hashing every POST's text would be work for nothing.
    const registered = caller.role.registeredOnly || parts.query === undefined || request.method === 'GET' ? registry.find(parts) : undefined;
    if (caller.role.registeredOnly && !registered) {
      return writeJson(response, 403, errorBody(`The role ${caller.role.name} may run only registered operations: send the sha256Hash of one in extensions.persistedQuery (npm run operations lists them).`, ErrorCode.OperationNotRegistered));
    }
    const url = request.url ?? '';
    let search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    if (registered && parts.query === undefined) {
      if (request.method === 'GET') search += `${search ? '&' : '?'}query=${encodeURIComponent(registered.text)}`;
      else body = { ...(body as object), query: registered.text };
    }

    const version = options.corpusVersion();
    const versionTag = version === undefined ? undefined : (version ?? 'none');
    if (versionTag !== undefined) response.setHeader('X-Corpus-Version', versionTag);
    const revalidatable = request.method === 'GET' && registered !== undefined && versionTag !== undefined;
    const etag = revalidatable ? `"${versionTag}.${sha256Hex(JSON.stringify([registered.hash, parts.operationName ?? null, parts.variables ?? null, caller.role.name, request.headers.accept ?? null])).slice(0, 20)}"` : undefined;
    const shareAs = (shareable: boolean) => {
      if (!etag) return;
      response.setHeader('Vary', 'Accept, X-API-Key');
      if (!shareable) return void response.setHeader('Cache-Control', 'private, no-store');
      response.setHeader('ETag', etag);
      response.setHeader('Cache-Control', `public, max-age=${options.maxAgeSeconds}`);
    };
    if (etag && matches(request.headers['if-none-match'], etag)) {
      shareAs(true);
      response.statusCode = 304;
      return void response.end();
    }

    const key = answers.enabled && versionTag !== undefined ? answerKey(registered && !parts.query ? { ...parts, query: registered.text } : parts, versionTag, caller.role.name, request.headers.accept) : undefined;
    const directives = request.headers['cache-control'] ?? '';
    if (key !== undefined && !directives.includes('no-cache')) {
      const found = await answers.get(key);
      options.onCacheLookup(found?.source ?? 'miss');
      if (found) {
        shareAs(true);
        return writeJson(response, 200, found.answer.body, found.answer.contentType);
      }
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let context: Context | undefined;
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'POST', headers, search, body },
      context: async () => (context = await options.context(requestId, caller)),
    });
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    const status = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const contentType = answer.headers.get('content-type') ?? 'application/json; charset=utf-8';
      if (isCleanAnswer(status, answer.body.string)) {
        const shareable = context?.shareable !== false;
        shareAs(shareable);
        if (key !== undefined && shareable && !directives.includes('no-store')) answers.keep(key, { body: answer.body.string, contentType });
      }
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
