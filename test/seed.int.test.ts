// Loading the seed into the real Neo4j: counts, idempotency, all-or-nothing on bad files, and provenance:
// every evidence span stored in the database slices, in its article, to its quote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readSeedGraph, SeedValidationError } from '../seed/corpus';
import { readEvidence, type Evidence, type StoredEvidence } from '../src/model';
import { countGraph, SEED_DIR, seedDatabase } from '../seed/load';
import { clearDatabase, runCypher, testDriver } from './helpers/neo4j';
import { brokenSeedDir, testExecutor } from './helpers/seed';

// Each test starts from an empty database and arranges what it needs.
describe('seeding the graph', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => clearDatabase(driver));
  afterAll(() => driver.close());

  it('loads both articles and every fact of their files into an empty database', async () => {
    const graph = readSeedGraph(SEED_DIR);
    const counts = await seedDatabase(testExecutor(driver));
    expect(counts.labels).toMatchObject({
      Article: 2,
      Entity: graph.entities.length,
      Statement: graph.statements.length,
      Claim: graph.claims.length,
    });
    for (const [type, rows] of graph.relationships) expect([type, counts.relationshipTypes[type]]).toEqual([type, rows.length]);
  });

  it('leaves every count unchanged when run a second time', async () => {
    const before = await seedDatabase(testExecutor(driver));
    const after = await seedDatabase(testExecutor(driver));
    expect(after).toEqual(before);
  });

  it('writes nothing when a facts file is bad, and keeps what was stored', async () => {
    const before = await seedDatabase(testExecutor(driver));
    const dir = brokenSeedDir('facts/aljazeera-2024-03-22-netanyahu-rafah.yaml', (text) => text.replace('{ voter: russia,', '{ voter: rusia,'));
    await expect(seedDatabase(testExecutor(driver), dir)).rejects.toThrow(SeedValidationError);
    expect(await countGraph(testExecutor(driver))).toEqual(before);
  });

  it('writes nothing into an empty database when a facts file is bad', async () => {
    const dir = brokenSeedDir('facts/cnn-2024-03-22-blinken-israel.yaml', (text) => text.replace('evidence: the October 7 Hamas attack on Israel', 'evidence: the October 8 attack'));
    await expect(seedDatabase(testExecutor(driver), dir)).rejects.toThrow('do not occur in cnn-2024-03-22-blinken-israel.txt');
    expect(await runCypher(driver, 'MATCH (n) RETURN count(n) AS nodes')).toEqual([{ nodes: 0 }]);
  });

  it('stores evidence spans that slice, in their article, to their quotes', async () => {
    await seedDatabase(testExecutor(driver));
    const texts = Object.fromEntries(
      (await runCypher(driver, 'MATCH (a:Article) RETURN a.id AS id, a.file AS file')).map((row) => [
        row.id as string,
        readFileSync(join(SEED_DIR, 'articles', row.file as string), 'utf8'),
      ]),
    );
    const stored = await runCypher(
      driver,
      `MATCH (n) RETURN properties(n) AS stored, n.id AS owner
       UNION ALL
       MATCH (a)-[r]->(b) RETURN properties(r) AS stored, type(r) + ' ' + a.id + ' → ' + b.id AS owner`,
    );
    const ownSpans = await runCypher(
      driver,
      `MATCH (s:Statement) RETURN s.article AS articleId, s.start AS start, s.end AS end, s.text AS quote
       UNION ALL
       MATCH (c:Claim) RETURN c.article AS articleId, c.start AS start, c.end AS end, c.quote AS quote`,
    );
    const spans = [...stored.flatMap(({ stored: properties, owner }) => readEvidence(properties as Partial<StoredEvidence>, owner as string)), ...(ownSpans as unknown as Evidence[])];
    expect(spans.length).toBeGreaterThan(400);
    const wrong = spans.filter((span) => texts[span.articleId]?.slice(span.start, span.end) !== span.quote);
    expect(wrong).toEqual([]);
  });

  it('keeps the stored article text byte for byte', async () => {
    await seedDatabase(testExecutor(driver));
    const stored = await runCypher(driver, 'MATCH (a:Article) RETURN a.file AS file, a.text AS text');
    for (const { file, text } of stored) expect(text).toBe(readFileSync(join(SEED_DIR, 'articles', file as string), 'utf8'));
  });

  it('holds every direct quote verbatim in its article', async () => {
    await seedDatabase(testExecutor(driver));
    const quotes = await runCypher(driver, 'MATCH (s:Statement {direct: true})-[:IN_ARTICLE]->(a:Article) RETURN s.text AS text, a.text AS article');
    expect(quotes).toHaveLength(readSeedGraph(SEED_DIR).statements.filter((statement) => statement.direct).length);
    for (const { text, article } of quotes) expect(article as string).toContain(text as string);
  });
});
