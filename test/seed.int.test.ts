// Loading the seed into the real Neo4j: counts, all-or-nothing on bad files, provenance (every evidence span
// stored slices, in its article, to its quote), and the mirror: after any edit of the files, a reseed leaves
// exactly the graph a fresh seed of the edited files makes, no orphan, nothing of a generated corpus touched,
// and a run with no change writes nothing.
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readSeedGraph, SeedValidationError } from '../seed/corpus';
import { countGraph, SEED_DIR, seedDatabase } from '../seed/load';
import { loadSyntheticCorpus } from '../seed/synthetic-load';
import { readEvidence, type Evidence, type StoredEvidence } from '../src/model';
import { clearDatabase, runCypher, testDriver } from './helpers/neo4j';
import { brokenSeedDir, editedSeedDir, testExecutor } from './helpers/seed';

const TRT = 'facts/trtworld-2024-03-22-netanyahu-rafah.yaml';
const CNN = 'facts/cnn-2024-03-22-blinken-israel.yaml';

/** One JSON line per node (labels, every property) and per relationship (ends, type, every property), sorted. */
async function graphContent(driver: Driver, where = 'NOT n:DataVersion'): Promise<string[]> {
  const sorted = (properties: Record<string, unknown>) => JSON.stringify(properties, Object.keys(properties).sort());
  const nodes = await runCypher(driver, `MATCH (n) WHERE ${where} RETURN labels(n) AS labels, properties(n) AS properties`);
  const relationships = await runCypher(
    driver,
    `MATCH (n)-[r]->(b) WHERE ${where} RETURN n.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties`,
  );
  return [
    ...nodes.map(({ labels, properties }) => `node ${[...(labels as string[])].sort().join(':')} ${sorted(properties as Record<string, unknown>)}`),
    ...relationships.map(({ from, type, to, properties }) => `${String(from)} -${String(type)}-> ${String(to)} ${sorted(properties as Record<string, unknown>)}`),
  ].sort();
}

/** What a sound graph never holds: an entity no article speaks of, a statement or claim without its article, a span of no article. */
const ORPHANS = `
CALL () {
  MATCH (e:Entity) WHERE NOT EXISTS { (:Article)-[:MENTIONS|REPORTS]->(e) } RETURN 'entity ' + e.id AS orphan
  UNION
  MATCH (n:Statement|Claim) WHERE NOT EXISTS { (n)-[:IN_ARTICLE]->(:Article {id: n.article}) } RETURN 'text ' + n.id AS orphan
  UNION
  MATCH (n) WHERE any(id IN coalesce(n.evArticle, []) WHERE NOT EXISTS { MATCH (:Article {id: id}) }) RETURN 'node evidence ' + n.id AS orphan
  UNION
  MATCH (a)-[r]->(b) WHERE any(id IN coalesce(r.evArticle, []) WHERE NOT EXISTS { MATCH (:Article {id: id}) })
  RETURN 'relationship evidence ' + type(r) + ' ' + a.id + ' ' + b.id AS orphan
}
RETURN collect(orphan) AS orphans`;

describe('seeding the graph', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => clearDatabase(driver));
  afterAll(() => driver.close());

  const seed = (dir?: string) => seedDatabase(testExecutor(driver), dir);
  const orphans = async () => (await runCypher(driver, ORPHANS))[0].orphans;

  it('loads both articles and every fact of their files into an empty database', async () => {
    const graph = readSeedGraph(SEED_DIR);
    const { counts, changed } = await seed();
    expect(changed).toBe(true);
    expect(counts.labels).toMatchObject({
      Article: 2,
      Entity: graph.entities.length,
      Statement: graph.statements.length,
      Claim: graph.claims.length,
      DataVersion: 1,
    });
    for (const [type, rows] of graph.relationships) expect([type, counts.relationshipTypes[type]]).toEqual([type, rows.length]);
    expect(await orphans()).toEqual([]);
  });

  it('writes nothing when run again on unchanged files: every count, node, property and the version stay', async () => {
    const first = await seed();
    const content = await graphContent(driver, 'true');
    const again = await seed();
    expect(again.changed).toBe(false);
    expect(again.version).toEqual(first.version);
    expect(again.counts).toEqual(first.counts);
    expect(await graphContent(driver, 'true')).toEqual(content);
  });

  describe('mirrors its files: a reseed after an edit leaves what a fresh seed of the edited files makes', () => {
    /** Seeds the curated files, then the edited ones; checks the result against a fresh seed of the edited ones. */
    async function reseedWith(dir: string): Promise<string[]> {
      const before = await seed();
      const after = await seed(dir);
      expect(after.changed).toBe(true);
      expect(after.version.id).not.toBe(before.version.id);
      const mirrored = await graphContent(driver);
      expect(await orphans()).toEqual([]);
      await clearDatabase(driver);
      await seed(dir);
      expect(mirrored).toEqual(await graphContent(driver));
      return mirrored;
    }

    it('removes an event, with its reports, participations, mentions and the evidence it left', async () => {
      const dir = brokenSeedDir(TRT, (text) => text.replace(/ {2}- id: blinken-press-remarks-2024-03-22\n[\s\S]*?(?= {2}- id: pa-governs-gaza)/, ''));
      const content = await reseedWith(dir);
      expect(content.filter((line) => line.includes('blinken-press-remarks'))).toEqual([]);
    });

    it('renames a statement: the old id is gone, the new one has its speaker, subjects and article', async () => {
      const content = await reseedWith(brokenSeedDir(CNN, (text) => text.replace('id: cnn-blinken-israel-needs-to-do-more', 'id: cnn-blinken-israel-must-do-more')));
      expect(content.filter((line) => line.includes('cnn-blinken-israel-needs-to-do-more'))).toEqual([]);
      const links = await runCypher(driver, "MATCH (s:Statement {id: 'cnn-blinken-israel-must-do-more'})-[r]-(other) RETURN type(r) AS type, other.id AS other ORDER BY type");
      expect(links).toEqual([
        { type: 'ABOUT', other: 'israel' },
        { type: 'IN_ARTICLE', other: 'cnn-2024-03-22-blinken-israel' },
        { type: 'SAID', other: 'antony-blinken' },
      ]);
    });

    it('drops an article: no node, relationship or evidence span names it, and what only it spoke of is gone', async () => {
      const dir = editedSeedDir({
        [CNN]: null,
        'articles/cnn-2024-03-22-blinken-israel.txt': null,
        'articles/articles.json': (text) => JSON.stringify((JSON.parse(text) as { file: string }[]).filter((entry) => !entry.file.startsWith('cnn-'))),
      });
      const content = await reseedWith(dir);
      expect(content.filter((line) => line.includes('cnn-2024-03-22-blinken-israel'))).toEqual([]);
      for (const onlyCnn of ['jennifer-hansler', 'schumer-call-for-israeli-election', 'cnn']) expect(content.filter((line) => line.includes(`"id":"${onlyCnn}"`))).toEqual([]);
      const meeting = await runCypher(driver, "MATCH (e:Event {id: 'blinken-netanyahu-meeting-2024-03-22'}) RETURN e.sourceCount AS sources, e.status AS status, e.disputed AS disputed");
      expect(meeting).toEqual([{ sources: 1, status: 'OCCURRED', disputed: false }]);
    });

    it('changes an evidence quote on a node both articles share: the old span is gone from it, the new one there', async () => {
      const old = '      - Netanyahu said he told Blinken\n';
      const dir = brokenSeedDir(TRT, (text) => text.replace(`      - The tough message from Prime Minister Benjamin Netanyahu on Friday\n${old}`, '      - The tough message from Prime Minister Benjamin Netanyahu on Friday\n      - he told Blinken that Israel is working on ways\n'));
      await reseedWith(dir);
      const [meeting] = await runCypher(driver, "MATCH (e:Event {id: 'blinken-netanyahu-meeting-2024-03-22'}) RETURN e.evQuote AS quotes");
      expect(meeting.quotes).toContain('he told Blinken that Israel is working on ways');
      expect(meeting.quotes).not.toContain('Netanyahu said he told Blinken');
    });

    it('renames an article, as the corrected publisher did: a reseed leaves no trace of the old id', async () => {
      const OLD = 'renamed-2024-03-22-netanyahu-rafah';
      const oldDir = editedSeedDir({
        [TRT]: (text) => text.replace('article: trtworld-2024-03-22-netanyahu-rafah', `article: ${OLD}`).replace(/id: trt-/g, 'id: old-'),
        'articles/articles.json': (text) => text.replace('"trtworld-2024-03-22-netanyahu-rafah.txt"', `"${OLD}.txt"`),
      });
      renameSync(join(oldDir, TRT), join(oldDir, `facts/${OLD}.yaml`));
      renameSync(join(oldDir, 'articles/trtworld-2024-03-22-netanyahu-rafah.txt'), join(oldDir, `articles/${OLD}.txt`));
      await seed(oldDir);
      expect((await graphContent(driver)).some((line) => line.includes(OLD))).toBe(true);
      await seed();
      const content = await graphContent(driver);
      expect(content.filter((line) => line.includes(OLD) || line.includes('"old-'))).toEqual([]);
    });
  });

  it('leaves a generated corpus loaded beside it alone, and a generated load stamps a new version', async () => {
    const curated = await seed();
    await loadSyntheticCorpus(testExecutor(driver), { articles: 20, seed: 3, chunkSize: 10 });
    const [{ id: afterGenerated }] = (await runCypher(driver, 'MATCH (v:DataVersion) RETURN v.id AS id')) as { id: string }[];
    expect(afterGenerated).not.toBe(curated.version.id);
    const generated = () => graphContent(driver, "n.id STARTS WITH 'syn-'");
    const before = await generated();
    expect(before.length).toBeGreaterThan(200);
    const edited = await seed(brokenSeedDir(CNN, (text) => text.replace('id: cnn-blinken-israel-needs-to-do-more', 'id: cnn-blinken-israel-must-do-more')));
    expect(edited.changed).toBe(true);
    expect(await generated()).toEqual(before);
    expect(edited.counts.labels.Article).toBe(22);
  });

  it('writes nothing when a facts file is bad, and keeps what was stored', async () => {
    const before = await seed();
    const content = await graphContent(driver, 'true');
    const dir = brokenSeedDir(TRT, (text) => text.replace('{ voter: russia,', '{ voter: rusia,'));
    await expect(seed(dir)).rejects.toThrow(SeedValidationError);
    expect(await countGraph(testExecutor(driver))).toEqual(before.counts);
    expect(await graphContent(driver, 'true')).toEqual(content);
  });

  it('writes nothing into an empty database when a facts file is bad', async () => {
    const dir = brokenSeedDir(CNN, (text) => text.replace('evidence: the October 7 Hamas attack on Israel', 'evidence: the October 8 attack'));
    await expect(seed(dir)).rejects.toThrow('do not occur in cnn-2024-03-22-blinken-israel.txt');
    expect(await runCypher(driver, 'MATCH (n) RETURN count(n) AS nodes')).toEqual([{ nodes: 0 }]);
  });

  it('stores evidence spans that slice, in their article, to their quotes', async () => {
    await seed();
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

  it('keeps the stored article text byte for byte, the source\'s own typo included', async () => {
    await seed();
    const stored = await runCypher(driver, 'MATCH (a:Article) RETURN a.file AS file, a.text AS text');
    for (const { file, text } of stored) expect(text).toBe(readFileSync(join(SEED_DIR, 'articles', file as string), 'utf8'));
    const [hamas] = await runCypher(driver, "MATCH (s:Statement {id: 'trt-hamas-appreciates-stance'}) RETURN s.text AS text");
    expect(hamas.text).toContain('on our [Palestinian people,"');
  });

  it('holds every direct quote verbatim in its article', async () => {
    await seed();
    const quotes = await runCypher(driver, 'MATCH (s:Statement {direct: true})-[:IN_ARTICLE]->(a:Article) RETURN s.text AS text, a.text AS article');
    expect(quotes).toHaveLength(readSeedGraph(SEED_DIR).statements.filter((statement) => statement.direct).length);
    for (const { text, article } of quotes) expect(article as string).toContain(text as string);
  });
});
