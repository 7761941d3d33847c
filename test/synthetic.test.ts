// The synthetic corpus generator, without a database: deterministic, in the curated model, evidence that slices.
import type { SeedGraph } from '../seed/corpus';
import { readEvidence } from '../src/model';
import { syntheticCorpus } from '../seed/synthetic';

const collect = (articles: number, seed: number): SeedGraph[] => [...syntheticCorpus({ articles, seed, chunkSize: 100 })];

describe('the synthetic corpus', () => {
  it('is the same for the same seed number and differs for another', () => {
    const text = (chunks: SeedGraph[]) => chunks.flatMap((chunk) => chunk.articles.map((article) => article.text)).join('\n');
    expect(text(collect(50, 7))).toBe(text(collect(50, 7)));
    expect(text(collect(50, 7))).not.toBe(text(collect(50, 8)));
  });

  it('writes the requested number of articles, in chunks, with the entity pools first', () => {
    const chunks = collect(250, 1);
    expect(chunks[0].articles).toHaveLength(0);
    expect(chunks[0].entities.length).toBeGreaterThan(300);
    expect(chunks.slice(1).map((chunk) => chunk.articles.length)).toEqual([100, 100, 50]);
  });

  it('keeps evidence that slices, in its article, to its quote', () => {
    const chunks = collect(200, 3);
    const texts = new Map(chunks.flatMap((chunk) => chunk.articles.map((article) => [article.id, article.text] as const)));
    const spans = chunks.flatMap((chunk) => [
      ...[...chunk.relationships.values()].flat().flatMap((row) => readEvidence(row.properties, `${row.from} → ${row.to}`)),
      ...chunk.statements.map((s) => ({ articleId: s.articleId, start: s.start, end: s.end, quote: s.text })),
      ...chunk.claims.map((c) => ({ articleId: c.articleId, start: c.start, end: c.end, quote: c.quote })),
    ]);
    expect(spans.length).toBeGreaterThan(2000);
    expect(spans.filter((span) => texts.get(span.articleId)?.slice(span.start, span.end) !== span.quote)).toEqual([]);
  });

  it('stores each figure with the measure and unit its sentence states', () => {
    const claims = collect(200, 4).flatMap((chunk) => chunk.claims);
    expect(claims.length).toBe(200);
    for (const claim of claims) {
      expect(claim.quote).toBe(`At least ${claim.value} ${claim.measure} in ${claim.quote.split(' in ')[1]}`);
      expect(claim.unit).toBe(claim.measure === 'aid trucks' ? 'trucks' : 'people');
    }
    expect(new Set(claims.map((claim) => claim.measure)).size).toBe(4);
  });

  it('skews participation: the busiest tenth of actors takes part in most events', () => {
    const participations = collect(2000, 5).flatMap((chunk) => chunk.relationships.get('PARTICIPATED_IN') ?? []);
    const perActor = new Map<string, number>();
    for (const row of participations) perActor.set(row.from, (perActor.get(row.from) ?? 0) + 1);
    const counts = [...perActor.values()].sort((a, b) => b - a);
    const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((sum, n) => sum + n, 0);
    expect(top / participations.length).toBeGreaterThan(0.5);
  });
});
