// The answer cache's bookkeeping, apart from HTTP (test/answer-cache.int.test.ts runs it in the service).
import { AnswerCache, answerKey } from '../src/http/answer-cache';

const answer = (body: string) => ({ body, contentType: 'application/json' });

describe('answerKey', () => {
  it('keys a request by corpus version, role, document, operation, variables and media type, and a persisted query by its hash', () => {
    const key = (parts: object, { version = 'v1', role = 'anonymous', accept }: { version?: string; role?: string; accept?: string } = {}) => answerKey(parts, version, role, accept);
    expect(key({ query: '{ a }', variables: { x: 1 } })).not.toBe(key({ query: '{ a }', variables: { x: 2 } }));
    expect(key({ query: '{ a }' }, { accept: 'application/json' })).not.toBe(key({ query: '{ a }' }, { accept: 'application/graphql-response+json' }));
    expect(key({ query: 'query A { a } query B { b }', operationName: 'A' })).not.toBe(key({ query: 'query A { a } query B { b }', operationName: 'B' }));
    expect(key({ query: '{ a }' }, { version: 'v1' })).not.toBe(key({ query: '{ a }' }, { version: 'v2' }));
    expect(key({ query: '{ a }' }, { role: 'anonymous' })).not.toBe(key({ query: '{ a }' }, { role: 'dashboard' }));
    expect(key({ persistedHash: 'abc' })).toBe(key({ persistedHash: 'abc' }));
    expect(key({ variables: {} })).toBeUndefined();
  });
});

describe('AnswerCache', () => {
  it('stays within its bytes, forgetting the least recently used first', () => {
    // Each entry: 2 × (1 + 40 + 16) = 114 bytes; eight fit in 1,000.
    const cache = new AnswerCache(1000);
    const body = 'x'.repeat(40);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) cache.set(key, answer(body));
    expect(cache.stats).toEqual({ entries: 8, bytes: 912 });
    cache.get('a');
    cache.set('i', answer(body));
    expect(cache.stats).toEqual({ entries: 8, bytes: 912 });
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
  });

  it('keeps no answer larger than an eighth of its bytes', () => {
    const cache = new AnswerCache(1000);
    cache.set('big', answer('x'.repeat(100)));
    expect(cache.get('big')).toBeUndefined();
    cache.set('small', answer('ok'));
    cache.clear();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });
});
