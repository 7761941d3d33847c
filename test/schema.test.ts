// The committed schema/schema.graphql is the code's schema: regenerate it with `npm run schema`.
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { printGraphSchema, SCHEMA_FILE } from '../scripts/print-schema';
import { buildGraphSchema } from '../src/schema';
import { EXAMPLES_FILE } from '../src/http/examples';

describe('the schema', () => {
  it('matches the committed schema/schema.graphql (run npm run schema when this fails)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printGraphSchema());
  });

  it('keeps the public contract: its types, fields and arguments', async () => {
    const schema = await buildGraphSchema();
    const fields = (type: string) => Object.keys((schema.getType(type) as unknown as { getFields(): object }).getFields());
    expect(fields('Entity')).toEqual(['id', 'name', 'kind', 'aliases', 'description', 'wikidataId', 'score', 'sources', 'events', 'metWith', 'statements', 'statementsAbout', 'votes', 'vetoed', 'stances', 'positions', 'eventsConnection', 'statementsConnection', 'statementsAboutConnection', 'votesConnection', 'stancesConnection', 'positionsConnection', 'sourcesConnection', 'relations']);
    expect(fields('Query')).toEqual(expect.arrayContaining(['entity', 'search', 'statements', 'events', 'claims', 'resolutions', 'negotiations', 'path', 'neighborhood', 'articles', 'stats', 'stances', 'votes', 'entities', 'eventsAggregate', 'statementsAggregate', 'claimsAggregate', 'stancesAggregate', 'votesAggregate', 'timeline']));
    expect(fields('Event')).toEqual(expect.arrayContaining(['type', 'status', 'date', 'place', 'participants', 'sourceCount', 'evidence']));
    expect(fields('Resolution')).toEqual(expect.arrayContaining(['sponsors', 'votes', 'vetoedBy', 'tally', 'adopted']));
    expect(fields('Evidence')).toEqual(['quote', 'start', 'end', 'article']);
    // The analysts' contract.
    expect(fields('Query')).toEqual(expect.arrayContaining(['paths', 'network', 'negotiation', 'alignment', 'textSearch']));
    expect(fields('Path')).toEqual(expect.arrayContaining(['hops']));
    expect(fields('Hop')).toEqual(expect.arrayContaining(['from', 'to', 'type', 'evidence']));
    expect(fields('Network')).toEqual(['nodes', 'edges']);
    expect(fields('NetworkEdge')).toEqual(expect.arrayContaining(['from', 'to', 'weight', 'events']));
    expect(fields('Negotiation')).toEqual(expect.arrayContaining(['parties', 'mediators', 'hosts', 'proposals', 'positions']));
    expect(fields('Alignment')).toEqual(expect.arrayContaining(['agreements', 'disagreements', 'ratio']));
    expect(fields('AlignmentItem')).toEqual(['target', 'a', 'b', 'evidenceA', 'evidenceB']);
    expect(fields('TextHit')).toEqual(['score', 'kind', 'snippet', 'evidence', 'statement', 'article']);
    const args = (type: string, field: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { args: { name: string }[] }> }).getFields()[field].args.map((arg) => arg.name);
    for (const walk of ['path', 'paths', 'neighborhood']) expect(args('Query', walk)).toEqual(expect.arrayContaining(['via', 'status', 'during', 'minSources']));
    expect(args('Query', 'paths')).toContain('k');
    expect(args('Query', 'neighborhood')).toContain('kinds');
    expect(args('Query', 'textSearch')).toEqual(expect.arrayContaining(['text', 'in', 'where', 'first', 'after']));
    expect(schema.getType('RelationType')).toBeDefined();
    expect(fields('StatementConnection')).toEqual(['edges', 'pageInfo', 'totalCount']);
  });

  it('validates every example operation', async () => {
    expect(validate(await buildGraphSchema(), parse(readFileSync(EXAMPLES_FILE, 'utf8')))).toEqual([]);
  });
});
