// Turns whatever a user types into a safe Lucene query for the full-text index: every special character is
// escaped and the operators AND, OR, NOT lose their meaning, so no input can make the query fail.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * Each word must match, as a whole word or as the start of one ("blink" finds Blinken); null when the text has
 * no word at all.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (char) => `\\${char}`))
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}
