// `npm run operations`: the registered operations (schema/examples.graphql, and REGISTERED_OPERATIONS_FILE) with
// the sha256Hash a client sends for each, in extensions.persistedQuery, by POST or by GET (cacheable: ETag).
import { loadConfig } from '../src/config';
import { registeredOperations } from '../src/http/examples';

for (const { name, hash } of registeredOperations(loadConfig()).all) console.log(`${hash}  ${name}`);
