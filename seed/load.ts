// Writes a validated seed graph into Neo4j: batched, parameterized UNWIND queries in one write transaction, so
// a failure leaves the database as it was. The curated seed mirrors its files: the database then holds exactly
// what they say (see mirrorSeedGraph). Generated corpora are added chunk by chunk beside it.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ENTITY_KINDS, GENERATED_ID_PREFIX, KIND_LABELS, relationshipType, type DataVersionRow, type EntityKind, type EntityRecord, type RelationshipTypeName } from '../src/model';
import type { Executor, Params } from '../src/neo4j/executor';
import { applyConstraints } from '../src/neo4j/constraints';
import { REPOSITORY_ROOT } from '../src/repository-root';
import { readSeedGraph, type RelationshipRecord, type SeedGraph } from './corpus';
/** Rows per UNWIND: large enough to amortize round trips, small enough to keep each query's memory modest. */
const BATCH = 5000;

const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row`;

const mergeEntities = (kind: EntityKind) => `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row, e:${KIND_LABELS[kind]}`;

/** The curated part of the graph: every node the seed writes whose id is not a generated corpus's. */
const CURATED_NODE = `(n:Article OR n:Entity OR n:Statement OR n:Claim) AND NOT n.id STARTS WITH '${GENERATED_ID_PREFIX}'`;

const DELETE_CURATED = `MATCH (n) WHERE ${CURATED_NODE} DETACH DELETE n`;

const COUNT_CURATED = `
MATCH (n) WHERE ${CURATED_NODE}
RETURN count(n:Article OR NULL) AS articles, count(n:Entity OR NULL) AS entities,
       count(n:Statement OR NULL) AS statements, count(n:Claim OR NULL) AS claims`;

const DATA_VERSION = 'OPTIONAL MATCH (v:DataVersion) RETURN v {.*} AS version';

/** One DataVersion node: its id digests the curated and the generated content; loadedAt is the transaction's time. */
const STAMP_DATA_VERSION = `
MERGE (v:DataVersion)
SET v.curated = coalesce($curated, v.curated), v.generated = $generated,
    v.loadedAt = toString(datetime.transaction('+00:00')), v.articles = COUNT { MATCH (:Article) }
SET v.id = $id
RETURN v {.id, .loadedAt, .articles} AS version`;

/** Both ends by the labels and the key the relationship table gives the type. */
export function mergeRelationships(name: RelationshipTypeName): string {
  const { from, to, keyedBy } = relationshipType(name);
  return `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${name}${keyedBy ? ` {${keyedBy}: row.key}` : ''}]->(b)
SET r += row.properties`;
}

/** A link of a statement or claim to another node, by the id (or ids) one field of the row holds. */
interface Link {
  type: RelationshipTypeName;
  /** out: (node)-[:TYPE]->(other); in: (other)-[:TYPE]->(node). */
  direction: 'out' | 'in';
  field: string;
  /** The field holds a list of ids (else one id, or null for no link). */
  many?: boolean;
}

/**
 * Writes nodes that own their links: each row's node is merged by id, its properties set (stored name ← row
 * field), and its links replaced rather than added to, so that editing a statement's or claim's facts leaves no
 * stale link. The other ends are matched by the labels of the relationship table.
 */
export function mergeNodesWithLinks(label: 'Statement' | 'Claim', properties: Record<string, string>, links: Link[]): string {
  const set = Object.entries(properties).map(([stored, field]) => `n.${stored} = row.${field}`).join(', ');
  const linkCalls = links.map(({ type, direction, field, many }) => {
    const { from, to } = relationshipType(type);
    const pattern = direction === 'out' ? `(n)-[:${type}]->(other)` : `(other)-[:${type}]->(n)`;
    return `CALL (n, row) {
  UNWIND ${many ? `row.${field}` : `[row.${field}]`} AS otherId
  MATCH (other:${direction === 'out' ? to : from} {id: otherId})
  MERGE ${pattern}
}`;
  });
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET ${set}
WITH n, row
CALL (n) {
  MATCH (n)-[old:${links.map((link) => link.type).join('|')}]-()
  DELETE old
}
${linkCalls.join('\n')}`;
}

const MERGE_STATEMENTS = mergeNodesWithLinks(
  'Statement',
  { text: 'text', direct: 'direct', date: 'date', dateStart: 'dateStart', dateEnd: 'dateEnd', article: 'articleId', start: 'start', end: 'end' },
  [
    { type: 'SAID', direction: 'in', field: 'speakerId' },
    { type: 'IN_ARTICLE', direction: 'out', field: 'articleId' },
    { type: 'ABOUT', direction: 'out', field: 'aboutIds', many: true },
  ],
);

const MERGE_CLAIMS = mergeNodesWithLinks(
  'Claim',
  { measure: 'measure', value: 'value', unit: 'unit', qualifier: 'qualifier', contradiction: 'contradiction', article: 'articleId', start: 'start', end: 'end', quote: 'quote' },
  [
    { type: 'ABOUT', direction: 'out', field: 'subjectId' },
    { type: 'IN_ARTICLE', direction: 'out', field: 'articleId' },
    { type: 'SOURCED_FROM', direction: 'out', field: 'sourceId' },
  ],
);

const COUNT_LABELS = `
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS count ORDER BY label`;

const COUNT_RELATIONSHIP_TYPES = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count ORDER BY type`;

const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS count';

export interface GraphCounts {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

type Run = (cypher: string, params?: Params) => Promise<unknown>;

/** Writes one graph (or one chunk of a larger one) with the transaction's `run`; returns how many records it wrote. */
async function writeGraph(run: Run, graph: SeedGraph): Promise<number> {
  let records = 0;
  const inBatches = async (cypher: string, rows: object[]) => {
    for (let at = 0; at < rows.length; at += BATCH) await run(cypher, { rows: rows.slice(at, at + BATCH) } as Params);
    records += rows.length;
  };
  await inBatches(MERGE_ARTICLES, graph.articles);
  for (const kind of ENTITY_KINDS) {
    await inBatches(mergeEntities(kind), graph.entities.filter((entity) => entity.kind === kind).map(storedProperties));
  }
  for (const [type, rows] of graph.relationships) await inBatches(mergeRelationships(type), rows.map(relationshipParams));
  await inBatches(MERGE_STATEMENTS, graph.statements);
  await inBatches(MERGE_CLAIMS, graph.claims);
  return records;
}

interface StoredVersion extends DataVersionRow {
  curated: string | null;
  generated: string | null;
}

const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');
/** The version id: short enough to read, long enough that two contents never share one in practice. */
const versionId = (curated: string | null, generated: string | null) => digest(curated ?? '', generated ?? '').slice(0, 16);

/** A digest of the graph's whole content: equal digests, equal graphs (its order is the files' order). */
function contentDigest(graph: SeedGraph): string {
  return digest(JSON.stringify({ ...graph, relationships: [...graph.relationships] }));
}

async function storedVersion(run: Run): Promise<StoredVersion | null> {
  const [row] = (await run(DATA_VERSION)) as { version: StoredVersion | null }[];
  return row.version;
}

async function stamp(run: Run, curated: string | null, generated: string | null): Promise<DataVersionRow> {
  const [row] = (await run(STAMP_DATA_VERSION, { curated, generated, id: versionId(curated, generated) })) as { version: DataVersionRow }[];
  return row.version;
}

export interface MirrorOutcome {
  /** False when the database already held exactly the files' graph: nothing was written. */
  changed: boolean;
  version: DataVersionRow;
}

/**
 * Makes the curated part of the database hold exactly `graph`, in one write transaction: all of it, or nothing.
 * When the stored digest and the curated node counts already match, nothing is written. Otherwise every curated
 * node goes (with its relationships, so no evidence of a removed fact is left on a shared node) and the graph is
 * written afresh: the curated corpus is edited by hand and small, and a rewrite has no stale case to forget,
 * where a diff would. Generated nodes (ids starting with GENERATED_ID_PREFIX) are not touched.
 */
export async function mirrorSeedGraph(executor: Executor, graph: SeedGraph): Promise<MirrorOutcome> {
  await applyConstraints(executor);
  const curated = contentDigest(graph);
  const expected = { articles: graph.articles.length, entities: graph.entities.length, statements: graph.statements.length, claims: graph.claims.length };
  return executor.writeTransaction(async (run) => {
    const before = await storedVersion(run);
    const [counts] = (await run(COUNT_CURATED)) as (typeof expected)[];
    if (before?.curated === curated && JSON.stringify(counts) === JSON.stringify(expected)) {
      return { changed: false, version: { id: before.id, loadedAt: before.loadedAt, articles: before.articles } };
    }
    await run(DELETE_CURATED);
    await writeGraph(run, graph);
    return { changed: true, version: await stamp(run, curated, before?.generated ?? null) };
  }, 120_000);
}

/**
 * Adds a graph too large for one transaction, chunk by chunk, each chunk in a transaction of its own, through
 * the same writes as the curated seed, and stamps a new data version with each. `onChunk` hears the running
 * total of records after each chunk.
 */
export async function loadSeedGraphInChunks(executor: Executor, chunks: Iterable<SeedGraph>, onChunk: (records: number) => void = () => undefined): Promise<number> {
  await applyConstraints(executor);
  let records = 0;
  for (const chunk of chunks) {
    records += await executor.writeTransaction(async (run) => {
      const written = await writeGraph(run, chunk);
      const before = await storedVersion(run);
      await stamp(run, before?.curated ?? null, digest(before?.generated ?? '', ...chunk.articles.map((article) => article.id)));
      return written;
    }, 600_000);
    onChunk(records);
  }
  return records;
}

export async function countGraph(executor: Executor): Promise<GraphCounts> {
  const [labels, types] = await Promise.all([executor.read(COUNT_LABELS), executor.read(COUNT_RELATIONSHIP_TYPES)]);
  return {
    labels: Object.fromEntries(labels.map((row) => [row.label as string, row.count as number])),
    relationshipTypes: Object.fromEntries(types.map((row) => [row.type as string, row.count as number])),
  };
}

async function articleCount(executor: Executor): Promise<number> {
  const [row] = await executor.read(COUNT_ARTICLES);
  return row.count as number;
}

/** The node's properties, without nulls, so that SET leaves no empty keys. */
function storedProperties(entity: EntityRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity).filter(([, value]) => value !== undefined && value !== null));
}

function relationshipParams(row: RelationshipRecord): Params {
  return { from: row.from, to: row.to, key: row.key, properties: row.properties };
}

/** The seed folder of this repository: articles/, entities.yaml, facts/. */
export const SEED_DIR = join(REPOSITORY_ROOT, 'seed');

export interface SeedOutcome extends MirrorOutcome {
  counts: GraphCounts;
}

/** Validates every seed file, then mirrors them into the database. Nothing is written when a file is bad. */
export async function seedDatabase(executor: Executor, seedDir = SEED_DIR): Promise<SeedOutcome> {
  const outcome = await mirrorSeedGraph(executor, readSeedGraph(seedDir));
  return { ...outcome, counts: await countGraph(executor) };
}

/** `npm start`'s preparation: the curated articles, loaded only into a database that holds no article yet. */
export async function seedIfEmpty(executor: Executor, log: (line: string) => void): Promise<void> {
  if ((await articleCount(executor)) > 0) return;
  const { counts } = await seedDatabase(executor);
  log(`The database held no articles: seeded ${counts.labels.Article ?? 0} articles, ${counts.labels.Entity ?? 0} entities.`);
}
