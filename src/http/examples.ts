// The named operations of schema/examples.graphql: offered in the IDE, registered for persisted requests, and run
// by a test.
import { join } from 'node:path';
import type { Config } from '../config';
import { REPOSITORY_ROOT } from '../repository-root';
import { OperationRegistry, operationsOf } from './operations';

export const EXAMPLES_FILE = join(REPOSITORY_ROOT, 'schema', 'examples.graphql');

export const exampleOperations = (): Map<string, string> => operationsOf(EXAMPLES_FILE);

/** The registered operations: the examples, and the dashboards' own (REGISTERED_OPERATIONS_FILE). */
export const registeredOperations = (config: Config): OperationRegistry =>
  new OperationRegistry([EXAMPLES_FILE, ...(config.registeredOperationsFile ? [config.registeredOperationsFile] : [])]);
