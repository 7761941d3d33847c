// Whatever a user types becomes a Lucene query with every special character escaped.
import { bestSentence, luceneQuery, markedSnippet, searchTerms, sentences } from '../src/graph/search/search-query';

describe('the search query', () => {
  it('matches each word whole or as a prefix', () => {
    expect(luceneQuery('Top US diplomat')).toBe('(top OR top*) AND (us OR us*) AND (diplomat OR diplomat*)');
  });

  it('escapes Lucene syntax so that it is searched as text', () => {
    expect(luceneQuery('a" (b) ~c* d:e \\ f/g')).toBe(String.raw`(a\" OR a\"*) AND (\(b\) OR \(b\)*) AND (\~c\* OR \~c\**) AND (d\:e OR d\:e*) AND (\\ OR \\*) AND (f\/g OR f\/g*)`);
  });

  it('takes words in double quotes as a phrase, escaped the same way', () => {
    expect(luceneQuery('Rafah "humanitarian (disaster)"')).toBe(String.raw`(rafah OR rafah*) AND "humanitarian \(disaster\)"`);
    expect(searchTerms('"one" "two words" three')).toEqual({ words: ['one', 'three'], phrases: [['two', 'words']] });
  });

  it('finds the sentence that matches best, and marks the matches in escaped HTML', () => {
    const text = 'A ceasefire <now>. It would be a humanitarian disaster, a "disaster". Rafah is next.';
    const found = bestSentence(text, searchTerms('"humanitarian disaster" rafah'));
    expect(found && text.slice(found.sentence.start, found.sentence.end)).toBe('It would be a humanitarian disaster, a "disaster".');
    expect(found && markedSnippet(text, found.sentence, found.matches)).toBe('It would be a <mark>humanitarian disaster</mark>, a &quot;disaster&quot;.');
    expect(sentences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['A ceasefire <now>.', 'It would be a humanitarian disaster, a "disaster".', 'Rafah is next.']);
    expect(bestSentence(text, searchTerms('blinken'))).toBeNull();
  });

  it('takes the operators AND, OR and NOT as words', () => {
    expect(luceneQuery('NOT Hamas')).toBe('(not OR not*) AND (hamas OR hamas*)');
  });

  it('has no query for text without words', () => {
    expect(luceneQuery(' \t ')).toBeNull();
  });
});
