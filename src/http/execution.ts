// How an operation is executed once Apollo has parsed and validated it. With GRAPHQL_EXECUTOR=jit (the
// default), graphql-jit compiles a document into plain JavaScript once it has been asked for `compileAfterUses`
// times (GRAPHQL_JIT_AFTER_USES; compiling costs milliseconds, more than one run saves) and runs that from then
// on: no resolve info built per field unless a resolver reads it, no generic walk of the selection per item of a
// list. A document it cannot compile, or one not yet asked for often, runs through graphql-js's execute, which
// is also what GRAPHQL_EXECUTOR=graphql-js uses for everything.
//
// Apollo Server 5 has no executor option; its gateway interface is the way in (a "gateway" that serves this
// one schema and hands every operation to `executor`).
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, printSchema, valueFromASTUntyped, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export type ExecutorKind = 'jit' | 'graphql-js';

interface Plan {
  uses: number;
  /** Compiled, or null once compiling failed (then graphql-js runs it). */
  compiled?: CompiledQuery | null;
  /** The operation's variable defaults: graphql-jit refuses `$id: ID! = "…"` left out, where graphql-js uses the default. */
  defaults?: Record<string, unknown>;
}

const defaultsOf = (operation: OperationDefinitionNode) =>
  Object.fromEntries((operation.variableDefinitions ?? []).flatMap((definition) => (definition.defaultValue ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)]] : [])));

/**
 * graphql-jit's errors carry `extensions` only when the error they wrap had some; Apollo reads `extensions.code`
 * of every error (an error from a bug in a resolver would crash its formatting).
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => !error.extensions)) return result;
  const errors = result.errors.map((error) => {
    if (error.extensions) return error;
    const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: {} });
    (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
    return copy;
  });
  return { ...result, errors };
}

export function executionGateway(schema: GraphQLSchema, kind: ExecutorKind, compileAfterUses: number): GatewayInterface {
  // Per document (Apollo hands over the same parsed document for the same query text), per operation name.
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const planOf = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): Plan => {
    const byName = plans.get(document) ?? new Map<string, Plan>();
    plans.set(document, byName);
    const plan = byName.get(operationName ?? '') ?? { uses: 0 };
    byName.set(operationName ?? '', plan);
    plan.uses += 1;
    if (plan.compiled === undefined && plan.uses >= compileAfterUses) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      plan.compiled = isCompiledQuery(compiled) ? compiled : null;
      plan.defaults = defaultsOf(operation);
    }
    return plan;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const plan = kind === 'jit' ? planOf(document, operation, operationName) : undefined;
    if (plan?.compiled) {
      // Variables are checked as graphql-js checks them, so that a bad one is the same BAD_USER_INPUT either way.
      const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
      if (errors) return { errors };
      return withExtensions(await plan.compiled.query(undefined, context, { ...plan.defaults, ...request.variables }));
    }
    return execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
