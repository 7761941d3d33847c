// Writes a validated seed graph into Neo4j: batched, parameterized UNWIND queries in one write transaction,
// MERGE on ids, so a second run changes nothing and a failure leaves the database as it was.
import { ENTITY_KINDS, KIND_LABELS, relationshipType, type EntityKind, type EntityRecord, type RelationshipTypeName } from '../src/model';
import type { Executor, Params } from '../src/neo4j/executor';
import { applyConstraints } from '../src/neo4j/constraints';
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
  { text: 'text', direct: 'direct', date: 'date', article: 'articleId', start: 'start', end: 'end' },
  [
    { type: 'SAID', direction: 'in', field: 'speakerId' },
    { type: 'IN_ARTICLE', direction: 'out', field: 'articleId' },
    { type: 'ABOUT', direction: 'out', field: 'aboutIds', many: true },
  ],
);

const MERGE_CLAIMS = mergeNodesWithLinks(
  'Claim',
  { measure: 'measure', value: 'value', unit: 'unit', qualifier: 'qualifier', article: 'articleId', start: 'start', end: 'end', quote: 'quote' },
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

/** Loads a whole graph in one write transaction: all of it, or nothing. */
export async function loadSeedGraph(executor: Executor, graph: SeedGraph): Promise<number> {
  await applyConstraints(executor);
  return executor.writeTransaction((run) => writeGraph(run, graph), 120_000);
}

/**
 * Loads a graph too large for one transaction, chunk by chunk, each chunk in a transaction of its own, through
 * the same writes as the curated seed. `onChunk` hears the running total of records after each chunk.
 */
export async function loadSeedGraphInChunks(executor: Executor, chunks: Iterable<SeedGraph>, onChunk: (records: number) => void = () => undefined): Promise<number> {
  await applyConstraints(executor);
  let records = 0;
  for (const chunk of chunks) {
    records += await executor.writeTransaction((run) => writeGraph(run, chunk), 600_000);
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
export const SEED_DIR = __dirname;

/** Validates every seed file, then loads the graph; returns the counts afterwards. Nothing is written when a file is bad. */
export async function seedDatabase(executor: Executor, seedDir = SEED_DIR): Promise<GraphCounts> {
  await loadSeedGraph(executor, readSeedGraph(seedDir));
  return countGraph(executor);
}

/** `npm start`'s preparation: the curated articles, loaded only into a database that holds no article yet. */
export async function seedIfEmpty(executor: Executor, log: (line: string) => void): Promise<void> {
  if ((await articleCount(executor)) > 0) return;
  const counts = await seedDatabase(executor);
  log(`The database held no articles: seeded ${counts.labels.Article ?? 0} articles, ${counts.labels.Entity ?? 0} entities.`);
}
