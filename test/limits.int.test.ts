// Query limits and request-body limits: each refusal has its code and names the limit; APQ works.
import { createHash } from 'node:crypto';
import type { RunningService } from '../src/service';
import { graphql, startTestService } from './helpers/service';

describe('the limits on what one request may ask', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ QUERY_MAX_DEPTH: '6', QUERY_MAX_ALIASES: '3', QUERY_MAX_TOKENS: '400', QUERY_MAX_DIRECTIVES: '3', QUERY_MAX_COST: '2000', BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(() => service.stop());

  const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphql(service, query, variables);
    expect(body.data ?? null).toBeNull();
    return body.errors?.[0];
  };

  it('refuses an operation nested deeper than the depth limit', async () => {
    const error = await refusal('{ entity(id: "hamas") { metWith { metWith { metWith { metWith { metWith { id } } } } } } }');
    expect(error).toMatchObject({ message: expect.stringContaining('Query depth limit of 6 exceeded'), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' } });
  });

  it('refuses more aliases than the alias limit', async () => {
    const error = await refusal('{ a: stats { articles } b: stats { articles } c: stats { articles } d: stats { articles } }');
    expect(error).toMatchObject({ message: expect.stringContaining('Aliases limit of 3 exceeded'), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases' } });
  });

  it('refuses a document with more tokens than the token limit', async () => {
    const error = await refusal(`{ stats { ${'articles '.repeat(400)} } }`);
    expect(error).toMatchObject({ message: expect.stringContaining('400 tokens'), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens' } });
  });

  it('refuses more directives than the directive limit', async () => {
    const error = await refusal('{ stats { articles @include(if: true) @include(if: true) @include(if: true) @include(if: true) } }');
    expect(error).toMatchObject({ message: expect.stringContaining('Directives limit of 3 exceeded'), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'directives' } });
  });

  it('refuses an operation whose list sizes cost more than the cost limit, counting variables', async () => {
    const query = 'query($first: Int) { statements(first: $first) { edges { node { about { statements { id } } } } } }';
    const error = await refusal(query, { first: 100 });
    expect(error).toMatchObject({ message: expect.stringMatching(/^Query cost limit of 2000 \(role anonymous\) exceeded, found \d+/), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' } });
    const { body } = await graphql(service, query, { first: 2 });
    expect(body.errors).toBeUndefined();
    // Costs are remembered per document and variables: neither answer may stand in for the other.
    expect(await refusal(query, { first: 100 })).toMatchObject({ extensions: { limit: 'cost' } });
    expect((await graphql(service, query, { first: 2 })).body.errors).toBeUndefined();
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ stats { articles } } # ${'x'.repeat(5000)}` }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is larger than the limit of 4096 bytes (BODY_LIMIT_BYTES).', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats { articles } }"' });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('runs persisted queries (APQ): a hash alone once the query has been sent with it', async () => {
    const query = '{ stats { articles } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const post = (body: object) => fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    expect((await post({ extensions })).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await post({ query, extensions })).toEqual({ data: { stats: { articles: expect.any(Number) } } });
    expect(await post({ extensions })).toEqual({ data: { stats: { articles: expect.any(Number) } } });
  });
});
