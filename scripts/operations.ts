// `npm run operations`: the registered operations (schema/examples.graphql, and REGISTERED_OPERATIONS_FILE) with
// the sha256Hash a client sends for each, in extensions.persistedQuery, by POST or by GET (cacheable: ETag).
import { loadConfig } from '../src/config';
import { EXAMPLES_FILE } from '../src/http/examples';
import { OperationRegistry } from '../src/http/operations';

const config = loadConfig();
const registry = new OperationRegistry([EXAMPLES_FILE, ...(config.registeredOperationsFile ? [config.registeredOperationsFile] : [])]);
for (const { name, hash } of registry.all) console.log(`${hash}  ${name}`);
