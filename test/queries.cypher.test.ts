// The Cypher the API and the seed build, checked as text without a database: every grouped read keeps the form
// the executor combines (`UNWIND $ids AS id … RETURN id, … AS rows`), uses only the parameters it declares,
// anchors on an indexed id, and fetches evidence lists only in its evidence variant; the seed writes every
// relationship type between the labels the model's table gives. The snapshot shows any change to a query in review.
import { isInterfaceType, isObjectType } from 'graphql';
import { mergeRelationships } from '../seed/load';
import { EVIDENCE_PROJECTION, RELATIONSHIP_TYPES, type RelationshipTypeName } from '../src/model';
import { readOf, type GroupedRead } from '../src/graph/common/grouped-read';
import { article } from '../src/graph/article/article.repository';
import { entity } from '../src/graph/entity/entity.repository';
import { chunksOfReads, combineReads } from '../src/neo4j/executor';
import { buildGraphSchema } from '../src/schema';

async function everyGroupedRead(): Promise<GroupedRead<unknown>[]> {
  const schema = await buildGraphSchema();
  const declared = Object.values(schema.getTypeMap()).flatMap((type) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()).flatMap((field) => readOf(field) ?? []) : []));
  return [...new Map([entity, article, ...declared].map((read) => [read.name, read])).values()].sort((a, b) => a.name.localeCompare(b.name));
}

const parametersOf = (cypher: string) => new Set([...cypher.matchAll(/\$(\w+)/g)].map((match) => match[1]));

describe('grouped reads', () => {
  let reads: GroupedRead<unknown>[];
  beforeAll(async () => {
    reads = await everyGroupedRead();
  });

  it('are found for every field that declares one', () => {
    expect(reads.map((read) => read.name)).toEqual(expect.arrayContaining(['entity', 'article', 'roles', 'votes', 'votesCast', 'stances', 'positions', 'participants', 'statements', 'statementsAbout', 'sources', 'metWith', 'events', 'sponsors', 'entityDetails']));
  });

  it('keep the form the executor combines: UNWIND $ids AS id … RETURN id, … AS rows', () => {
    for (const read of reads) {
      for (const cypher of [read.cypher(false), read.cypher(true)]) {
        expect([read.name, cypher.trim().startsWith('UNWIND $ids AS id\n')]).toEqual([read.name, true]);
        expect([read.name, /\nRETURN id, [\s\S]+ AS rows$/.test(cypher.trim())]).toEqual([read.name, true]);
      }
    }
  });

  it('use only $ids and the parameters they declare', () => {
    for (const read of reads) expect([read.name, [...parametersOf(read.cypher(true))].sort()]).toEqual([read.name, ['ids', ...Object.keys(read.params)].sort()]);
  });

  it('anchor each id on an indexed label', () => {
    for (const read of reads) expect([read.name, /:(Entity|Article) \{id: id\}/.test(read.cypher(false))]).toEqual([read.name, true]);
  });

  it('fetch evidence lists in their evidence variant only', () => {
    for (const read of reads.filter((r) => r.hasEvidenceVariant)) {
      expect([read.name, read.cypher(false).includes('evQuote'), read.cypher(true).includes(EVIDENCE_PROJECTION)]).toEqual([read.name, false, true]);
    }
  });

  it('are the texts of the snapshot', () => {
    expect(Object.fromEntries(reads.flatMap((read) => (read.hasEvidenceVariant ? [[read.name, read.cypher(false)], [`${read.name} with evidence`, read.cypher(true)]] : [[read.name, read.cypher(false)]])))).toMatchSnapshot();
  });
});

describe('combined reads', () => {
  it('rename each read’s parameters apart, leave other text alone, and collect what each contributes', () => {
    const combined = combineReads([
      { cypher: 'UNWIND $ids AS id RETURN id, [id + $suffix] AS rows', params: { ids: ['a'], suffix: '!' }, collected: '{id: id, rows: rows}' },
      { cypher: 'UNWIND $ids AS id RETURN id, [$idsLike] AS rows', params: { ids: ['b'] }, collected: '{id: id, rows: rows}' },
      { cypher: 'RETURN {page: $page} AS result', params: { page: 1 }, collected: 'result' },
    ]);
    expect(combined.params).toEqual({ r0_ids: ['a'], r0_suffix: '!', r1_ids: ['b'], r2_page: 1 });
    expect(combined.cypher).toContain('UNWIND $r0_ids AS id RETURN id, [id + $r0_suffix] AS rows');
    expect(combined.cypher).toContain('UNWIND $r1_ids AS id RETURN id, [$idsLike] AS rows');
    expect(combined.cypher).toContain('RETURN {page: $r2_page} AS result\n  }\n  RETURN collect(result) AS r2');
    expect(combined.cypher).toMatch(/RETURN r0, r1, r2$/);
  });

  it('go to Neo4j as queries of at most 8 reads of one text, and a text’s reads past 8 in queries of 8, 4, 2 and 1 (texts that repeat, planned once)', () => {
    const reads = [...Array.from({ length: 23 }, (_, i) => ({ cypher: 'page', n: i })), { cypher: 'entity', n: 0 }, { cypher: 'roles', n: 0 }];
    const chunks = chunksOfReads(reads);
    expect(chunks.map((chunk) => chunk.map((read) => read.cypher).join(','))).toEqual([
      [...Array<string>(8).fill('page'), 'entity', 'roles'].join(','),
      Array<string>(8).fill('page').join(','),
      Array<string>(4).fill('page').join(','),
      Array<string>(2).fill('page').join(','),
      'page',
    ]);
    expect(chunks.flat().sort((a, b) => a.cypher.localeCompare(b.cypher) || a.n - b.n)).toEqual([...reads].sort((a, b) => a.cypher.localeCompare(b.cypher) || a.n - b.n));
    expect(chunksOfReads([{ cypher: 'one' }])).toEqual([[{ cypher: 'one' }]]);
  });
});

describe('the seed’s relationship writes', () => {
  const names = Object.keys(RELATIONSHIP_TYPES) as RelationshipTypeName[];

  it('match both ends by the labels of the relationship table, and merge keyed types on their key', () => {
    for (const name of names) {
      const { from, to, keyedBy } = RELATIONSHIP_TYPES[name] as { from: string; to: string; keyedBy?: string };
      const cypher = mergeRelationships(name);
      expect(cypher).toContain(`MATCH (a:${from} {id: row.from})`);
      expect(cypher).toContain(`MATCH (b:${to} {id: row.to})`);
      expect(cypher).toContain(keyedBy ? `MERGE (a)-[r:${name} {${keyedBy}: row.key}]->(b)` : `MERGE (a)-[r:${name}]->(b)`);
    }
  });
});
