// The answer cache's bookkeeping, apart from HTTP (test/answer-cache.int.test.ts runs it in the service).
import { AnswerCache } from '../src/http/answer-cache';

const answer = (body: string) => ({ body, contentType: 'application/json' });

describe('AnswerCache', () => {
  it('keys a request by document, operation, variables and media type, and a persisted query by its hash', () => {
    const key = (body: unknown, accept?: string) => AnswerCache.keyOf(body, accept);
    expect(key({ query: '{ a }', variables: { x: 1 } })).not.toBe(key({ query: '{ a }', variables: { x: 2 } }));
    expect(key({ query: '{ a }' }, 'application/json')).not.toBe(key({ query: '{ a }' }, 'application/graphql-response+json'));
    expect(key({ query: 'query A { a } query B { b }', operationName: 'A' })).not.toBe(key({ query: 'query A { a } query B { b }', operationName: 'B' }));
    expect(key({ extensions: { persistedQuery: { sha256Hash: 'abc' } } })).toBe(key({ extensions: { persistedQuery: { sha256Hash: 'abc' } } }));
    expect(key({ variables: {} })).toBeUndefined();
  });

  it('stays within its bytes, forgetting the least recently used first', () => {
    // Each entry: 2 × (1 + 40 + 16) = 114 bytes; eight fit in 1,000.
    const cache = new AnswerCache(1000);
    const body = 'x'.repeat(40);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) cache.reserve(key).keep(answer(body));
    expect(cache.stats).toEqual({ entries: 8, bytes: 912 });
    cache.get('a');
    cache.reserve('i').keep(answer(body));
    expect(cache.stats).toEqual({ entries: 8, bytes: 912 });
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
  });

  it('keeps no answer larger than an eighth of its bytes, and none computed before a clear', () => {
    const cache = new AnswerCache(1000);
    cache.reserve('big').keep(answer('x'.repeat(100)));
    expect(cache.get('big')).toBeUndefined();
    const ticket = cache.reserve('late');
    cache.clear();
    ticket.keep(answer('ok'));
    expect(cache.get('late')).toBeUndefined();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });
});
