// What a GraphQL request asks for, read from a POST's body or a GET's URL alike, and the registered operations:
// the named operations of schema/examples.graphql and of REGISTERED_OPERATIONS_FILE, each known by the SHA-256 of
// its printed text. A client may send a registered operation's hash alone (extensions.persistedQuery, as Apollo's
// persisted queries); registered-only roles may send nothing else, and are refused before anything is parsed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { SetupError } from '../neo4j/setup-error';

export interface RequestParts {
  query?: string;
  operationName?: string;
  variables?: unknown;
  /** extensions.persistedQuery.sha256Hash */
  persistedHash?: string;
}

const jsonParameter = (text: string | null): unknown => {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // Apollo answers it as the bad request it is.
  }
};

/** The parts of a POST's parsed body, or of a GET's query string. */
export function requestParts(method: string | undefined, url: string | undefined, body: unknown): RequestParts {
  let fields: Record<string, unknown>;
  if (method === 'GET') {
    const search = new URLSearchParams((url ?? '').split('?')[1] ?? '');
    fields = { query: search.get('query') ?? undefined, operationName: search.get('operationName') ?? undefined, variables: jsonParameter(search.get('variables')), extensions: jsonParameter(search.get('extensions')) };
  } else {
    fields = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  }
  const persistedHash = (fields.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return {
    query: typeof fields.query === 'string' ? fields.query : undefined,
    operationName: typeof fields.operationName === 'string' ? fields.operationName : undefined,
    variables: fields.variables ?? undefined,
    persistedHash: typeof persistedHash === 'string' ? persistedHash : undefined,
  };
}

export interface RegisteredOperation {
  name: string;
  /** The operation printed by graphql-js, with the fragments it uses: the text its hash is of. */
  text: string;
  hash: string;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The named operations of a .graphql file, each printed with the fragments it spreads (directly or not). */
export function operationsOf(file: string): Map<string, string> {
  const definitions = parse(readFileSync(file, 'utf8')).definitions;
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const spreadIn = (node: DefinitionNode, into: Set<string>): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !into.has(spread.name.value)) spreadIn(fragment, into.add(spread.name.value));
      },
    });
    return into;
  };
  const operations = new Map<string, string>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
    const used = [...spreadIn(definition, new Set())].map((name) => print(fragments.get(name) as FragmentDefinitionNode));
    operations.set(definition.name.value, [print(definition), ...used].join('\n\n'));
  }
  return operations;
}

export class OperationRegistry {
  private readonly byHash = new Map<string, RegisteredOperation>();

  /** A file that does not parse, or two operations of one name, stop the service at start with the file named. */
  constructor(files: readonly string[]) {
    const names = new Map<string, string>();
    for (const file of files) {
      let operations: Map<string, string>;
      try {
        operations = operationsOf(file);
      } catch (error) {
        throw new SetupError(`The registered operations of ${file} cannot be read: ${(error as Error).message}`, { cause: error });
      }
      for (const [name, text] of operations) {
        if (names.has(name)) throw new SetupError(`The operation ${name} is registered twice: in ${names.get(name)} and in ${file}.`);
        names.set(name, file);
        const hash = sha256Hex(text);
        this.byHash.set(hash, { name, text, hash });
      }
    }
  }

  get all(): RegisteredOperation[] {
    return [...this.byHash.values()];
  }

  /** The registered operation a request names, by its persisted hash or by the hash of its text. */
  find({ query, persistedHash }: RequestParts): RegisteredOperation | undefined {
    const hash = persistedHash ?? (query === undefined ? undefined : sha256Hex(query));
    return hash === undefined ? undefined : this.byHash.get(hash);
  }
}
