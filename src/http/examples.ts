// The named operations of schema/examples.graphql: offered in the IDE, and run by a test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, print } from 'graphql';

export const EXAMPLES_FILE = resolve(__dirname, '..', '..', 'schema', 'examples.graphql');

export function exampleOperations(): Map<string, string> {
  const document = parse(readFileSync(EXAMPLES_FILE, 'utf8'));
  return new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [[definition.name.value, print(definition)] as const] : [],
    ),
  );
}
