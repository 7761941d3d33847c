// Operations generated from the schema: mostly valid ones, with extreme but allowed arguments (each bounded
// size's smallest and largest value, empty and very long strings, unicode, ids that exist and ids that do not,
// every enum value, filters that match nothing and everything, selections nested to the depth limit), through
// every root field in turn; the rest broken the ways careless clients break them (wrong types, unknown fields,
// bad syntax, bad variables). Every answer must be a result or GraphQL errors that each carry a code other than
// INTERNAL_SERVER_ERROR: never a 500, never a crash. At least half must pass validation and execute.
// FUZZ_OPERATIONS sets how many (default 400; `npm run fuzz`: 100,000).
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { random, type Random } from '../seed/random';
import { BOUNDS_EXTENSION, type IntBounds } from '../src/graph/common/arguments';
import { buildGraphSchema } from '../src/schema';
import type { RunningService } from '../src/service';
import { startSeededService } from './helpers/service';

const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 400);
/** Requests in flight at once. */
const CONCURRENCY = 4;
/** The service's default depth limit; selections go up to it, and now and then one level past it. */
const MAX_DEPTH = 12;

const IDS = ['antony-blinken', 'hamas', 'guyana', 'bill-burns', 'united-states', 'russia', 'doha-ceasefire-hostage-talks', 'unsc-gaza-ceasefire-draft-2024-03-22', 'blinken-netanyahu-meeting-2024-03-22', 'no-such-id', '', 'ÄÖÜ-ünïcødé', 'a'.repeat(300)];
const STRINGS = ['', ' ', 'a', 'Blinken', 'ceasefire', '"humanitarian disaster"', '"unclosed phrase', '*', '~', 'AND OR NOT', '(', '[x TO y]', '/re/', '\\', '\u0000', '💥 Ωμέγα 北京 مرحبا', 'x'.repeat(5000), "'; MATCH (n) DETACH DELETE n //", '2024-03-22', '2024-03', '2024-02-30', 'not a date', '1999-01-01T00:00:00Z'];
const INTS = [0, 1, -1, 2, 2 ** 31 - 1, -(2 ** 31)];
const FLOATS = [0, -1.5, 0.5, 1e308, -1e308, 3.14159];
const BROKEN = ['"wrong type"', '42', 'true', '[1, 2]', '{ a: 1 }', 'NOT_AN_ENUM_VALUE', '-1.5e400', 'null', '$undeclared'];

class Generator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rnd: Random,
    /** Chance that any one value or selection is broken: 0 for a valid operation. */
    private readonly breakage: number,
  ) {}

  private broken(): boolean {
    return this.breakage > 0 && this.rnd.chance(this.breakage);
  }

  value(type: GraphQLInputType, argument?: GraphQLArgument, depth = 0): string {
    if (this.broken()) return this.rnd.pick(BROKEN);
    if (!isNonNullType(type) && this.rnd.chance(0.05)) return 'null';
    const inner = getNullableType(type);
    if (isListType(inner)) {
      const length = this.rnd.pick([0, 1, 2, 3, 6]);
      return `[${Array.from({ length }, () => this.value(inner.ofType, undefined, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(inner)) return this.rnd.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type) || (depth < 2 && this.rnd.chance(depth === 0 ? 0.35 : 0.15)));
      return `{ ${fields.map((field) => `${field.name}: ${this.value(field.type, undefined, depth + 1)}`).join(', ')} }`;
    }
    const bounds = argument?.extensions?.[BOUNDS_EXTENSION] as IntBounds | undefined;
    switch (inner.name) {
      case 'Int':
        return String(bounds ? this.rnd.pick([bounds.min, bounds.max, bounds.default, bounds.min + 1]) : this.rnd.pick(INTS));
      case 'Float':
        return String(this.rnd.pick(FLOATS));
      case 'Boolean':
        return this.rnd.pick(['true', 'false']);
      case 'ID':
        return JSON.stringify(this.rnd.pick(IDS));
      default:
        return JSON.stringify(this.rnd.chance(0.3) ? this.rnd.pick(IDS) : this.rnd.pick(STRINGS));
    }
  }

  private arguments(args: readonly GraphQLArgument[], depth: number): string {
    const chosen = args
      .filter((arg) => (isNonNullType(arg.type) && arg.defaultValue === undefined) || this.rnd.chance(depth === 0 ? 0.5 : 0.25))
      .map((arg) => {
        // Below the root, lists stay small: the cost limit would otherwise refuse most nested operations.
        const bounds = arg.extensions?.[BOUNDS_EXTENSION] as IntBounds | undefined;
        if (bounds && depth > 0 && !this.broken()) return `${arg.name}: ${this.rnd.pick([bounds.min, Math.min(bounds.max, 3)])}`;
        return `${arg.name}: ${this.value(arg.type, arg)}`;
      });
    if (this.broken()) chosen.push('unknownArgument: 1');
    return chosen.length ? `(${chosen.join(', ')})` : '';
  }

  selection(field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
    const type = getNamedType(field.type);
    const head = `${field.name}${this.arguments(field.args, depth)}`;
    if (isLeafType(type)) return head;
    if (depth + 1 >= maxDepth) return `${head} { __typename }`;
    return `${head} { ${this.selectionSet(type, depth + 1, maxDepth)} }`;
  }

  private selectionSet(type: GraphQLNamedType, depth: number, maxDepth: number): string {
    const fields = Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields());
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    // Most levels take a leaf or two and one branch, so that nesting goes deep without fanning out.
    const branches = fields.filter((field) => !isLeafType(getNamedType(field.type)));
    const picked = [...(leaves.length ? [this.rnd.pick(leaves)] : []), ...(branches.length && this.rnd.chance(0.8) ? [this.rnd.pick(branches)] : []), ...fields.filter(() => this.rnd.chance(0.1))];
    const parts = [...new Set(picked.length ? picked : [fields[0]])].map((child) => this.selection(child, depth, maxDepth));
    if (isInterfaceType(type) && this.rnd.chance(0.5)) {
      const implementation = this.rnd.pick(this.schema.getPossibleTypes(type));
      const own = Object.values(implementation.getFields()).filter((f) => !(f.name in type.getFields()));
      if (own.length) parts.push(`... on ${implementation.name} { ${this.selection(this.rnd.pick(own), depth, maxDepth)} }`);
    }
    if (isObjectType(type) && this.broken()) parts.push('noSuchField');
    return parts.join(' ');
  }
}

/** Breaks the text in one of a few ways a careless client would. */
function mangle(text: string, rnd: Random): string {
  const at = Math.floor(rnd.next() * text.length);
  switch (rnd.pick(['drop', 'duplicate', 'brace', 'quote'])) {
    case 'drop':
      return text.slice(0, at) + text.slice(at + 1);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + 5).repeat(3) + text.slice(at);
    case 'brace':
      return `${text}}`;
    default:
      return text.slice(0, at) + '"' + text.slice(at);
  }
}

interface Outcome {
  executed: boolean;
  codes: string[];
  failure?: string;
}

async function send(service: RunningService, query: string, variables: unknown): Promise<Outcome> {
  const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return { executed: false, codes: [], failure: `${response.status} not JSON for ${query.slice(0, 200)}: ${text.slice(0, 200)}` };
  }
  const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? '(no code)');
  const bad = response.status >= 500 || codes.includes('(no code)') || codes.includes('INTERNAL_SERVER_ERROR') || (body.data === undefined && !body.errors);
  return { executed: body.data !== undefined, codes, failure: bad ? `${response.status} ${JSON.stringify(body).slice(0, 300)} for ${query.slice(0, 300)}` : undefined };
}

describe('fuzzed operations', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    running = await startSeededService({ RATE_LIMIT_PER_MINUTE: '100000000', NODE_ENV: 'production' });
    schema = await buildGraphSchema();
  });
  afterAll(() => running.stop());

  it(`answers ${OPERATIONS} generated operations with results or coded errors, never a 500; at least half of them executed`, async () => {
    const rnd = random(20240322);
    const roots = Object.values(schema.getQueryType()!.getFields());
    const outcomes = new Map<string, number>();
    const executedByRoot = new Map<string, number>();
    const failures: string[] = [];
    let executed = 0;
    let next = 0;
    const started = Date.now();
    const worker = async () => {
      for (let i = next++; i < OPERATIONS; i = next++) {
        // Three in four are generated valid; the rest are broken in their values, selections or text.
        const valid = rnd.chance(0.75);
        const generator = new Generator(schema, rnd, valid ? 0 : 0.15);
        const root = roots[i % roots.length];
        const maxDepth = rnd.chance(0.05) ? MAX_DEPTH + 1 : 1 + Math.floor(rnd.next() * (rnd.chance(0.2) ? MAX_DEPTH : 5));
        const extra = rnd.chance(0.2) ? ` g: ${generator.selection(rnd.pick(roots), 0, 3)}` : '';
        const text = `{ f: ${generator.selection(root, 0, maxDepth)}${extra} }`;
        const query = valid || rnd.chance(0.6) ? text : mangle(text, rnd);
        const variables = !valid && rnd.chance(0.2) ? rnd.pick([null, 'not an object', [1], { first: 'x' }]) : undefined;
        const outcome = await send(running.service, query, variables);
        if (outcome.failure) failures.push(outcome.failure);
        if (process.env.FUZZ_SHOW && outcome.codes.includes(process.env.FUZZ_SHOW)) console.log(query);
        if (outcome.executed) {
          executed += 1;
          executedByRoot.set(root.name, (executedByRoot.get(root.name) ?? 0) + 1);
        }
        for (const code of outcome.codes.length ? new Set(outcome.codes) : ['ok']) outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - started) / 1000;
    console.log(`fuzz: ${OPERATIONS} operations in ${seconds.toFixed(0)} s (${(OPERATIONS / seconds).toFixed(0)}/s), ${executed} executed (${((100 * executed) / OPERATIONS).toFixed(1)} %); outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(executed / OPERATIONS).toBeGreaterThanOrEqual(0.5);
    if (OPERATIONS >= roots.length * 20) expect(roots.filter((root) => !executedByRoot.has(root.name)).map((root) => root.name)).toEqual([]);
    expect((await fetch(`${running.service.url}/healthz`)).status).toBe(200);
  }, Math.max(600_000, OPERATIONS * 20));
});
