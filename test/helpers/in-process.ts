// Runs a GraphQL operation in this process against the test Neo4j, with a fresh request context, and records
// every Cypher query it ran: for tests of batching, look-ahead and query plans.
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createRequestContext } from '../../src/context';
import { Executor, type Params } from '../../src/neo4j/executor';
import { buildGraphSchema } from '../../src/schema';
import { testConnection } from './neo4j';

export interface InProcessRun {
  result: ExecutionResult;
  /** Each Cypher query sent to Neo4j, in order (grouped reads of one tick arrive as one). */
  queries: { cypher: string; params: Params }[];
}

let schema: Promise<GraphQLSchema> | undefined;

export async function runInProcess(driver: Driver, source: string, variableValues?: Record<string, unknown>): Promise<InProcessRun> {
  schema ??= buildGraphSchema();
  const queries: InProcessRun['queries'] = [];
  const executor = new Executor(driver, { database: testConnection().database, queryTimeoutMs: 10_000 }).observedBy((cypher, params) => queries.push({ cypher, params }));
  const result = await graphql({ schema: await schema, source, variableValues, contextValue: createRequestContext(executor) });
  return { result, queries };
}
