// The named operations of schema/examples.graphql: offered in the IDE, registered for persisted requests, and run
// by a test.
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../repository-root';
import { operationsOf } from './operations';

export const EXAMPLES_FILE = join(REPOSITORY_ROOT, 'schema', 'examples.graphql');

export const exampleOperations = (): Map<string, string> => operationsOf(EXAMPLES_FILE);
