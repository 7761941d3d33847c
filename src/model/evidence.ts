// Evidence: the exact words of an article that support a fact, and how Neo4j stores them. A property cannot
// hold a list of maps, so a node or relationship keeps its spans as four parallel lists; this module is the only
// one that spells them.

/** One span of an article's text: `article.text.slice(start, end) === quote` (UTF-16 offsets). */
export interface Evidence {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

/** Evidence as stored on a node or relationship: parallel lists, index i of each is one span. */
export interface StoredEvidence {
  evArticle: string[];
  evStart: number[];
  evEnd: number[];
  evQuote: string[];
}

export const EVIDENCE_PROPERTIES = ['evArticle', 'evStart', 'evEnd', 'evQuote'] as const satisfies readonly (keyof StoredEvidence)[];

/** The evidence lists in a Cypher map projection: `x { .evArticle, .evStart, .evEnd, .evQuote }`. */
export const EVIDENCE_PROJECTION = EVIDENCE_PROPERTIES.map((property) => `.${property}`).join(', ');

/** The evidence lists as map entries of another variable's: `evArticle: r.evArticle, …`. */
export const evidenceEntries = (variable: string): string => EVIDENCE_PROPERTIES.map((property) => `${property}: ${variable}.${property}`).join(', ');

export const noEvidence = (): StoredEvidence => ({ evArticle: [], evStart: [], evEnd: [], evQuote: [] });

export function storeEvidence(evidence: readonly Evidence[]): StoredEvidence {
  return {
    evArticle: evidence.map((span) => span.articleId),
    evStart: evidence.map((span) => span.start),
    evEnd: evidence.map((span) => span.end),
    evQuote: evidence.map((span) => span.quote),
  };
}

/**
 * The spans of stored evidence. Lists of unequal length mean a write went wrong: that is an error naming
 * `owner` (the node or relationship), never a list padded with empty quotes. Absent lists (not fetched) are none.
 */
export function readEvidence(stored: Partial<StoredEvidence>, owner: string): Evidence[] {
  const lengths = EVIDENCE_PROPERTIES.map((property) => stored[property]?.length ?? 0);
  if (lengths.some((length) => length !== lengths[0])) {
    throw new Error(`The evidence of ${owner} is corrupt: its lists differ in length (${EVIDENCE_PROPERTIES.map((property, i) => `${property} ${lengths[i]}`).join(', ')}).`);
  }
  const { evArticle = [], evStart = [], evEnd = [], evQuote = [] } = stored;
  return evArticle.map((articleId, i) => ({ articleId, start: evStart[i], end: evEnd[i], quote: evQuote[i] }));
}

/** Adds spans not already stored (same article and offsets), in place. */
export function appendEvidence(target: StoredEvidence, evidence: readonly Evidence[]): void {
  for (const span of evidence) {
    if (target.evArticle.some((articleId, i) => articleId === span.articleId && target.evStart[i] === span.start && target.evEnd[i] === span.end)) continue;
    target.evArticle.push(span.articleId);
    target.evStart.push(span.start);
    target.evEnd.push(span.end);
    target.evQuote.push(span.quote);
  }
}
