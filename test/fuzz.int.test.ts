// Generated and mutated operations built from the schema: random fields, arguments of the wrong type, nulls,
// huge numbers, odd strings, broken syntax. Every answer must be a result or GraphQL errors that each carry a
// code other than INTERNAL_SERVER_ERROR; never a 500, never a crash. FUZZ_OPERATIONS sets how many (default 300).
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { random, type Random } from '../seed/random';
import { buildGraphSchema } from '../src/schema';
import type { RunningService } from '../src/service';
import { startSeededService } from './helpers/service';

const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 300);



const ODD_STRINGS = ['', ' ', '"', '\\', '\\"', '*', '~', 'AND', 'OR NOT', '(', ')', '[x TO y]', '/re/', '\u0000', '💥', 'a'.repeat(5000), "'; MATCH (n) DETACH DELETE n //", '{}', 'antony-blinken', 'hamas', 'nobody', 'guyana', 'bill-burns', 'doha-ceasefire-hostage-talks', 'unsc-gaza-ceasefire-draft-2024-03-22', '"humanitarian disaster"', '2024-03-22', '"unclosed phrase'];
const ODD_NUMBERS = [0, -1, 1, 2, 99, 100, 101, 500, 501, 2 ** 31, -(2 ** 31), 1e308, 3.5, -0.0001];

function literal(type: GraphQLInputType, rnd: Random, depth = 0): string {
  if (rnd.chance(0.1)) return 'null';
  if (rnd.chance(0.1)) return rnd.pick(['"wrong type"', '42', 'true', '[1, 2]', '{ a: 1 }', 'ENUM_VALUE', '-1.5e400']);
  const inner = getNullableType(type);
  if (isListType(inner)) return `[${Array.from({ length: Math.floor(rnd.next() * 3) }, () => literal(inner.ofType, rnd, depth + 1)).join(', ')}]`;
  if (isEnumType(inner)) return rnd.pick(inner.getValues()).name;
  if (isInputObjectType(inner)) return depth > 2 ? '{}' : `{ ${Object.values(inner.getFields()).map((field) => `${field.name}: ${literal(field.type, rnd, depth + 1)}`).join(', ')} }`;
  switch (inner.name) {
    case 'Int':
      return String(Math.trunc(rnd.pick(ODD_NUMBERS)));
    case 'Float':
      return String(rnd.pick(ODD_NUMBERS));
    case 'Boolean':
      return rnd.pick(['true', 'false']);
    default:
      return JSON.stringify(rnd.pick(ODD_STRINGS));
  }
}

function argumentsFor(args: readonly GraphQLArgument[], rnd: Random): string {
  const chosen = args.filter((arg) => rnd.chance(0.6) || (getNullableType(arg.type) !== arg.type && rnd.chance(0.8))).map((arg) => `${arg.name}: ${literal(arg.type, rnd)}`);
  if (rnd.chance(0.05)) chosen.push('unknownArgument: 1');
  return chosen.length ? `(${chosen.join(', ')})` : '';
}

function selection(field: GraphQLField<unknown, unknown>, schema: GraphQLSchema, rnd: Random, depth: number): string {
  const type = getNamedType(field.type);
  const head = `${field.name}${argumentsFor(field.args, rnd)}`;
  if (isLeafType(type)) return head;
  if (depth > 3) return `${head} { __typename }`;
  const fields = Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields());
  const picked = fields.filter(() => rnd.chance(0.35)).slice(0, 5);
  const parts = (picked.length ? picked : [fields[0]]).map((child) => selection(child, schema, rnd, depth + 1));
  if (isInterfaceType(type) && rnd.chance(0.5)) {
    const implementation = rnd.pick(schema.getPossibleTypes(type));
    const own = Object.values(implementation.getFields()).filter((f) => !(f.name in type.getFields()));
    if (own.length) parts.push(`... on ${implementation.name} { ${selection(rnd.pick(own), schema, rnd, depth + 1)} }`);
  }
  if (isObjectType(type) && rnd.chance(0.05)) parts.push('noSuchField');
  return `${head} { ${parts.join(' ')} }`;
}

/** Breaks the text in one of a few ways a careless client would. */
function mutate(text: string, rnd: Random): string {
  const at = Math.floor(rnd.next() * text.length);
  if (rnd.chance(0.7)) return text;
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

describe('fuzzed operations', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  let service: RunningService;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    running = await startSeededService({ RATE_LIMIT_PER_MINUTE: '1000000' });
    service = running.service;
    schema = await buildGraphSchema();
  });
  afterAll(() => running.stop());

  it(`answers ${OPERATIONS} generated operations with results or coded errors, never a 500`, async () => {
    const rnd = random(20240322);
    const queryFields = Object.values(schema.getQueryType()!.getFields());
    const outcomes = new Map<string, number>();
    const failures: string[] = [];
    for (let i = 0; i < OPERATIONS; i++) {
      const roots = Array.from({ length: 1 + Math.floor(rnd.next() * 2) }, (_, n) => `f${n}: ${selection(rnd.pick(queryFields), schema, rnd, 0)}`);
      const query = mutate(`{ ${roots.join(' ')} }`, rnd);
      const variables = rnd.chance(0.1) ? rnd.pick([null, 'not an object', [1], { first: 'x' }]) : undefined;
      const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const text = await response.text();
      let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(text);
      } catch {
        failures.push(`${response.status} not JSON for ${query.slice(0, 200)}: ${text.slice(0, 200)}`);
        continue;
      }
      const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? '(no code)');
      for (const code of codes.length ? codes : ['ok']) outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      if (response.status >= 500 || codes.includes('(no code)') || codes.includes('INTERNAL_SERVER_ERROR') || (body.data === undefined && !body.errors)) {
        failures.push(`${response.status} ${JSON.stringify(body).slice(0, 300)} for ${query.slice(0, 300)}`);
      }
    }
    console.log(`fuzz: ${OPERATIONS} operations; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(failures).toEqual([]);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  }, 600_000);
});
