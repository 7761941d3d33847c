// Turns whatever a user types into a safe Lucene query for the full-text indexes, and finds what it matched in
// a text: every special character is escaped and the operators AND, OR, NOT lose their meaning, so no input can
// make the query fail; words in double quotes are a phrase.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** What a search text asks for: words (each whole or as the start of a longer word) and phrases (in order). */
export interface SearchTerms {
  words: string[];
  phrases: string[][];
}

const escapeLucene = (word: string) => word.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).filter((word) => word.length > 0);

/** The words and phrases of a search text; an unmatched quote counts as a character of its word. */
export function searchTerms(text: string): SearchTerms {
  const phrases: string[][] = [];
  const rest = text.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = wordsOf(phrase);
    if (words.length === 1) return ` ${words[0]} `;
    if (words.length > 1) phrases.push(words);
    return ' ';
  });
  return { words: wordsOf(rest), phrases };
}

/**
 * Each word must match, as a whole word or as the start of one ("blink" finds Blinken), and each phrase as
 * written; null when the text has no word at all.
 */
export function luceneQuery(text: string): string | null {
  const { words, phrases } = searchTerms(text);
  const clauses = [
    ...words.map(escapeLucene).map((word) => `(${word} OR ${word}*)`),
    ...phrases.map((phrase) => `"${phrase.map(escapeLucene).join(' ')}"`),
  ];
  return clauses.length === 0 ? null : clauses.join(' AND ');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = '[\\p{L}\\p{N}]';

/** A pattern for every place in a text where a term of the search matches, as the index would read it. */
function matchPattern({ words, phrases }: SearchTerms): RegExp | null {
  const alternatives = [
    ...phrases.map((phrase) => phrase.map(escapeRegExp).join(`${WORD_CHAR.replace('[', '[^')}+`)),
    ...words.map((word) => `${escapeRegExp(word)}${WORD_CHAR}*`),
  ];
  return alternatives.length === 0 ? null : new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu');
}

export interface TextSpan {
  start: number;
  end: number;
}

/** Where the search's terms match in a text, in order. */
export function matchesIn(text: string, terms: SearchTerms): TextSpan[] {
  const pattern = matchPattern(terms);
  return pattern ? [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })) : [];
}

/** The sentences of a text, as spans without their surrounding white space. */
export function sentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  // A sentence ends at . ! ? or … (with any closing quote or bracket) before white space, or at a line break.
  const ends = /[.!?…]+["”’)\]]*(?=\s)|\n/g;
  let start = 0;
  for (const end of [...text.matchAll(ends)].map((match) => match.index + match[0].length).concat(text.length)) {
    const piece = text.slice(start, end);
    const leading = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed.length > 0) spans.push({ start: start + leading, end: start + leading + trimmed.length });
    start = end;
  }
  return spans;
}

/**
 * The sentence of a text where the search matches best (the most distinct terms, then the most matches, then
 * the first), with its matches; null when nothing matches.
 */
export function bestSentence(text: string, terms: SearchTerms): { sentence: TextSpan; matches: TextSpan[] } | null {
  const matches = matchesIn(text, terms);
  let best: { sentence: TextSpan; matches: TextSpan[]; distinct: number } | null = null;
  for (const sentence of sentences(text)) {
    const inside = matches.filter((match) => match.start >= sentence.start && match.end <= sentence.end);
    const distinct = new Set(inside.map((match) => text.slice(match.start, match.end).toLowerCase())).size;
    if (inside.length > 0 && (!best || distinct > best.distinct || (distinct === best.distinct && inside.length > best.matches.length))) best = { sentence, matches: inside, distinct };
  }
  return best && { sentence: best.sentence, matches: best.matches };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);

/** A span of a text as HTML: its characters escaped, each match inside <mark>…</mark>. */
export function markedSnippet(text: string, span: TextSpan, matches: TextSpan[]): string {
  let html = '';
  let at = span.start;
  for (const match of matches) {
    html += `${escapeHtml(text.slice(at, match.start))}<mark>${escapeHtml(text.slice(match.start, match.end))}</mark>`;
    at = match.end;
  }
  return html + escapeHtml(text.slice(at, span.end));
}
