// Preloaded into every contender's process by the benchmark (`node -r dist/bench/capture-queries.js`): while
// capturing is switched on (SIGUSR2 toggles it), each Cypher query the process sends through neo4j-driver, with
// its parameters, is appended to the file BENCH_CAPTURE_FILE names, one JSON line each. The benchmark then runs
// each captured query under PROFILE and sums its database hits: the same measure for every contender, however
// it builds its Cypher. Switched off, it costs each query one boolean test.
import { appendFileSync } from 'node:fs';
import neo4j, { Session, Transaction } from 'neo4j-driver';

const file = process.env.BENCH_CAPTURE_FILE;
let capturing = false;

/** Integers as `{"$int": "…"}`, which the benchmark turns back into Neo4j integers. */
const replacer = (_key: string, value: unknown) => (neo4j.isInt(value) ? { $int: value.toString() } : value);

function capture(query: unknown, parameters: unknown): void {
  if (!capturing || !file) return;
  const text = typeof query === 'string' ? query : (query as { text: string }).text;
  const params = typeof query === 'string' ? parameters : (query as { parameters?: unknown }).parameters;
  appendFileSync(file, `${JSON.stringify({ query: text, params: params ?? {} }, replacer)}\n`);
}

if (file) {
  process.on('SIGUSR2', () => {
    capturing = !capturing;
  });
  for (const prototype of [Session.prototype, Transaction.prototype] as { run: (...args: unknown[]) => unknown }[]) {
    const run = prototype.run;
    prototype.run = function (this: unknown, ...args: unknown[]) {
      capture(args[0], args[1]);
      return run.apply(this, args);
    };
  }
}
