// The GraphQL schema, built code-first from the resolvers; schema/schema.graphql is its printed, committed form.
import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { validateArgs } from './graph/common/arguments';
import { AlignmentResolver, NegotiationResolver } from './graph/analysis/analysis.resolver';
import { ArticleResolver, EvidenceResolver } from './graph/article/article.resolver';
import { ClaimResolver, ClaimsAggregateResolver } from './graph/claim/claim.resolver';
import { EntityResolver } from './graph/entity/entity.resolver';
// Query's fields print in the order their modules load: search has always followed entity.
import { SearchResolver } from './graph/search/search.resolver';
import { Country, entityTypeName, Organization } from './graph/entity/entity.type';
import { GroupKeyResolver } from './graph/common/aggregate';
import { EventResolver, EventsAggregateResolver, ParticipantResolver, ReportResolver } from './graph/event/event.resolver';
import { PersonResolver, RoleResolver } from './graph/person/person.resolver';
import { PlaceResolver } from './graph/place/place.resolver';
import { ResolutionResolver, VoteResolver, VotesAggregateResolver } from './graph/resolution/resolution.resolver';
import { ServiceResolver } from './graph/service/service.resolver';
import { StanceResolver, StancesAggregateResolver } from './graph/stance/stance.resolver';
import { StatementResolver, StatementsAggregateResolver } from './graph/statement/statement.resolver';
import { StatsResolver } from './graph/stats/stats.resolver';
import { TimelineResolver } from './graph/timeline/timeline.resolver';
import { TraversalResolver } from './graph/traversal/traversal.resolver';
import { ViewerResolver } from './graph/viewer/viewer.resolver';

export async function buildGraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      EntityResolver, PersonResolver, RoleResolver, PlaceResolver, EventResolver, ParticipantResolver, ReportResolver,
      ResolutionResolver, VoteResolver, StatementResolver, StanceResolver, ClaimResolver, ArticleResolver,
      EvidenceResolver, SearchResolver, TraversalResolver, StatsResolver, ServiceResolver, GroupKeyResolver,
      NegotiationResolver, AlignmentResolver,
      EventsAggregateResolver, StatementsAggregateResolver, ClaimsAggregateResolver, StancesAggregateResolver, VotesAggregateResolver,
      TimelineResolver, ViewerResolver,
    ],
    // Kinds that no field names directly are still part of the Entity interface.
    orphanedTypes: [Organization, Country],
    // Bounded arguments (common/arguments.ts) are checked here, before any resolver runs.
    validateFn: validateArgs,
  });
  // type-graphql wraps resolveType in an async function: every entity of an answer (a neighborhood has
  // hundreds) then waits for a promise to learn its type. The kind is on the row, so answer synchronously.
  (schema.getType('Entity') as GraphQLInterfaceType).resolveType = entityTypeName;
  return schema;
}
