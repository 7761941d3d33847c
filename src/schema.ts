// The GraphQL schema, built code-first from the resolvers; schema/schema.graphql is its printed, committed form.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ServiceResolver } from './graph/service/service.resolver';

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [ServiceResolver], validate: false });
}
