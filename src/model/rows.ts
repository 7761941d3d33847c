// The nodes of the graph as rows: what the seed writes and the API reads, one shape each. A node's stored
// properties are listed once here; the write rows, the read rows and the Cypher projections derive from the lists.
import type { StoredEvidence } from './evidence';
import type { DatePrecision } from './dates';
import type { EntityKind, EventStatus, EventType } from './vocabulary';

/** An entity's own scalar properties: what every entity read returns and the by-id cache holds. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  /** Every other form the articles use for it. */
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  // events
  type?: EventType;
  cameo?: string | null;
  status?: EventStatus;
  /** The latest report's date, in the article's own form (2024-W13), and the interval it stands for. */
  date?: string | null;
  dateStart?: string | null;
  dateEnd?: string | null;
  datePrecision?: DatePrecision | null;
  sourceCount?: number;
  /** Its reports disagree on status or date. */
  disputed?: boolean;
  // resolutions
  inFavour?: number | null;
  against?: number | null;
  abstentions?: number | null;
  adopted?: boolean | null;
}

/** Every property of EntityRow, once: a property added to the row and not here fails to compile. */
export const ENTITY_PROPERTIES = listsEvery<EntityRow>()([
  'id', 'kind', 'name', 'aliases', 'description', 'wikidataId', 'type', 'cameo', 'status', 'date', 'dateStart', 'dateEnd', 'datePrecision',
  'sourceCount', 'disputed',
  'inFavour', 'against', 'abstentions', 'adopted',
] as const);

/** An entity as the seed writes it: its scalar properties, the text the full-text index reads, and its evidence. */
export interface EntityRecord extends EntityRow, StoredEvidence {
  /** Name and aliases joined, for the full-text index `entity_search`. */
  searchText: string;
}

export interface ArticleRow {
  id: string;
  /** The text's file name in seed/articles. */
  file: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  /** When it was written, ISO with its UTC offset (2024-03-22T10:30+02:00); orders the reports of one event. */
  reportedAt: string;
  note: string | null;
  text: string;
}

/** What an article read returns: the text is long and most questions want only the title (Article.text loads it). */
export const ARTICLE_SUMMARY_PROPERTIES = ['id', 'title', 'publisher', 'author', 'published', 'url', 'reportedAt'] as const satisfies readonly (keyof ArticleRow)[];
export type ArticleSummary = Pick<ArticleRow, (typeof ARTICLE_SUMMARY_PROPERTIES)[number]>;

/** A direct quote or reported speech; `start`/`end` locate `text` in its article. */
export interface StatementRow {
  id: string;
  text: string;
  direct: boolean;
  /** When it was said, in the article's form, and the days that form covers (model/dates.ts). */
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  articleId: string;
  start: number;
  end: number;
  speakerId: string;
}

/** A statement as the seed writes it, with the entities it is about. */
export interface StatementRecord extends StatementRow {
  aboutIds: string[];
}

/** A figure an article gives, with the words that give it. */
export interface ClaimRow {
  id: string;
  measure: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  subjectId: string;
  sourceId: string | null;
  /** Set where the figure is false: what the graph knows that contradicts it. The article's words stay its claim. */
  contradiction: string | null;
}

/** The stamp of the graph's content: a new id whenever a load changes it, so caches and dashboards can tell. */
export interface DataVersionRow {
  /** A digest of what was loaded: the curated corpus's content, and any generated corpus loaded beside it. */
  id: string;
  /** When the load that made this version committed, ISO in UTC. */
  loadedAt: string;
  articles: number;
}

/** A Cypher map projection of `properties` of `variable`: `e {.id, .name}`. Only names from these lists reach Cypher. */
export function projection(variable: string, properties: Iterable<string>): string {
  return `${variable} {${[...properties].map((property) => `.${property}`).join(', ')}}`;
}

/** Checks at compile time that a list names every key of T (and nothing else). */
function listsEvery<T>() {
  return <const L extends readonly (keyof T)[]>(list: L & ([Exclude<keyof T, L[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, L[number]> })): L => list;
}
