// Whatever a user types becomes a Lucene query with every special character escaped.
import { luceneQuery } from '../src/graph/search/search-query';

describe('the search query', () => {
  it('matches each word whole or as a prefix', () => {
    expect(luceneQuery('Top US diplomat')).toBe('(top OR top*) AND (us OR us*) AND (diplomat OR diplomat*)');
  });

  it('escapes Lucene syntax so that it is searched as text', () => {
    expect(luceneQuery('"a" (b) ~c* d:e \\ f/g')).toBe(String.raw`(\"a\" OR \"a\"*) AND (\(b\) OR \(b\)*) AND (\~c\* OR \~c\**) AND (d\:e OR d\:e*) AND (\\ OR \\*) AND (f\/g OR f\/g*)`);
  });

  it('takes the operators AND, OR and NOT as words', () => {
    expect(luceneQuery('NOT Hamas')).toBe('(not OR not*) AND (hamas OR hamas*)');
  });

  it('has no query for text without words', () => {
    expect(luceneQuery(' \t ')).toBeNull();
  });
});
