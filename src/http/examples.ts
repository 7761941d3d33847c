// The named operations of schema/examples.graphql: offered in the IDE, and run by a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import { REPOSITORY_ROOT } from '../repository-root';

export const EXAMPLES_FILE = join(REPOSITORY_ROOT, 'schema', 'examples.graphql');

export function exampleOperations(): Map<string, string> {
  const document = parse(readFileSync(EXAMPLES_FILE, 'utf8'));
  return new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [[definition.name.value, print(definition)] as const] : [],
    ),
  );
}
