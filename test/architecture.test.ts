// The house rules, checked: src/ does not reach into its tools, the model is the ground floor (an ESLint rule
// refuses a build that breaks either), and every list field of an entity comes from one declaration.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, getNullableType, isInterfaceType, isLeafType, isListType, isObjectType, type GraphQLField } from 'graphql';
import { readOf } from '../src/graph/common/grouped-read';
import { buildGraphSchema } from '../src/schema';
import { ROOT } from './helpers/run-command';

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

/** `eslint --stdin` as the build runs it, on `code` as if it were `file`: the rules that fired. */
function lintRules(file: string, code: string): string[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', file], { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages.map((message) => String(message.ruleId));
}

const importsOf = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^import [^;]*? from '([^']+)';/gm)].map((match) => match[1]);

describe('the direction of imports', () => {
  it('src/ imports nothing from seed/, db/ or bench/, except main.ts', () => {
    const offending = sourceFiles('src')
      .filter((file) => file !== join('src', 'main.ts'))
      .flatMap((file) => importsOf(file).filter((from) => /^(\.\.\/)+(seed|db|bench)\//.test(from)).map((from) => `${file}: ${from}`));
    expect(offending).toEqual([]);
  });

  it('src/model/ imports nothing of the project but itself', () => {
    const offending = sourceFiles(join('src', 'model')).flatMap((file) => importsOf(file).filter((from) => from.startsWith('..')).map((from) => `${file}: ${from}`));
    expect(offending).toEqual([]);
  });

  it.each([
    ['src/graph/probe.ts', "import { SEED_DIR } from '../../seed/load';\nexport const probe = SEED_DIR;\n"],
    ['src/neo4j/probe.ts', "import { obtainNeo4j } from '../../db/obtain';\nexport const probe = obtainNeo4j;\n"],
    ['src/model/probe.ts', "import { MAX_PAGE } from '../graph/common/arguments';\nexport const probe = MAX_PAGE;\n"],
  ])('the lint rule refuses %s importing across the line', (file, code) => {
    expect(lintRules(file, code)).toContain('no-restricted-imports');
  });

  it('the lint rule lets main.ts wire the tools in', () => {
    expect(lintRules('src/main.ts', readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8'))).toEqual([]);
  });
});

describe('list fields of entities', () => {
  it('each reads through a declared grouped read, or takes a size argument', async () => {
    const schema = await buildGraphSchema();
    const entityTypes = Object.values(schema.getTypeMap()).filter((type) => (isObjectType(type) || isInterfaceType(type)) && (type.name === 'Entity' || (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Entity'))));
    expect(entityTypes.map((type) => type.name).sort()).toEqual(['Country', 'Entity', 'Event', 'Organization', 'Person', 'Place', 'Resolution']);
    const undeclared: string[] = [];
    for (const type of entityTypes) {
      for (const field of Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields())) {
        const isObjectList = isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
        const sized = field.args.some((arg) => ['first', 'limit'].includes(arg.name));
        if (isObjectList && !sized && !readOf(field)) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('every grouped read a field declares is priced and named', async () => {
    const schema = await buildGraphSchema();
    const reads = Object.values(schema.getTypeMap()).flatMap((type) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()).flatMap((field) => readOf(field) ?? []) : []));
    expect(reads.length).toBeGreaterThan(15);
    for (const read of reads) {
      expect(read.name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(read.costItems).toBeGreaterThan(0);
    }
  });
});
