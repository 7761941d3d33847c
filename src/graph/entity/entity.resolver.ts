// The fields every entity has (on the Entity interface, so every kind gets them), Query.entity and Query.search.
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { Loaders } from '../../loaders';
import { asksForEvidence, childSelections } from '../common/selection';
import { BadUserInputError } from '../../errors';
import { Article } from '../article/article.type';
import type { ArticleRow } from '../article/article.repository';
import { checkRange, MAX_PAGE } from '../common/arguments';
import { Direction, EntityKind, EventStatus, EventType } from '../common/enums';
import { Event } from '../event/event.type';
import { Vote } from '../resolution/vote.type';
import { Resolution } from '../resolution/resolution.type';
import { Stance } from '../stance/stance.type';
import type { StatementRow } from '../statement/statement.repository';
import { Statement } from '../statement/statement.type';
import { luceneQuery } from '../traversal/search-query';
import { Relation } from '../traversal/traversal.type';
import { ENTITY_RELATIONSHIP_TYPES, type EntityRow, type RelationRow, type StanceRow, type VoteRow } from './entity.repository';
import { Entity } from './entity.type';

/** Fields of the entity kinds whose loader takes the entity's id alone (Query.entity starts them early). */
const PREFETCHED_BY_ID: Record<string, (loaders: Loaders, evidence: boolean) => DataLoader<string, unknown>> = {
  roles: (loaders, evidence) => loaders.roles(evidence),
  metWith: (loaders) => loaders.metWith,
  statements: (loaders) => loaders.statementsBy,
  statementsAbout: (loaders) => loaders.statementsAbout,
  vetoed: (loaders) => loaders.votesBy(false),
  stances: (loaders, evidence) => loaders.stancesHeldBy(evidence),
  positions: (loaders, evidence) => loaders.stancesToward(evidence),
  sources: (loaders) => loaders.sources,
  events: (loaders) => loaders.eventsOf,
  participants: (loaders, evidence) => loaders.participants(evidence),
  sponsors: (loaders) => loaders.sponsors,
  place: (loaders) => loaders.entityDetails,
  locatedIn: (loaders) => loaders.entityDetails,
  evidence: (loaders) => loaders.entityDetails,
};

/** Longer search texts make Lucene's prefix automata too large to build. */
const MAX_SEARCH_TEXT = 200;

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'One entity by id; null when no entity has it.' })
  entity(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<EntityRow | null> {
    // Look-ahead: the lists asked of this entity need only its id, so their queries start now, alongside the
    // entity's own, rather than one round trip later. An unknown id or a kind without the field wastes one query.
    for (const [field, below] of childSelections(info)) PREFETCHED_BY_ID[field]?.(loaders, below.has('evidence')).load(id).catch(() => undefined);
    return loaders.entity.load(id);
  }

  @Query(() => [Entity], { description: `Entities whose name or any alias matches the words, best match first; first is at most ${MAX_PAGE}.` })
  search(
    @Ctx() { repositories }: RequestContext,
    @Arg('text', () => String) text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds: EntityKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
  ): Promise<EntityRow[]> {
    const size = checkRange('first', first ?? 10, 0, MAX_PAGE);
    if (text.length > MAX_SEARCH_TEXT) throw new BadUserInputError(`Argument "text" must be at most ${MAX_SEARCH_TEXT} characters; got ${text.length}.`, 'text');
    const query = luceneQuery(text);
    if (query === null) throw new BadUserInputError('Argument "text" must contain at least one word.', 'text');
    return repositories.traversals.search(query, kinds ?? null, size);
  }

  @FieldResolver(() => [Article], { description: 'The articles that mention or report it.' })
  async sources(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<ArticleRow[]> {
    return loaders.sources.load(entity.id);
  }

  @FieldResolver(() => [Event], { description: 'The events it takes part in, by date.' })
  async events(
    @Root() entity: EntityRow,
    @Ctx() { loaders }: RequestContext,
    @Arg('type', () => EventType, { nullable: true }) type: EventType | null,
    @Arg('status', () => EventStatus, { nullable: true }) status: EventStatus | null,
  ): Promise<EntityRow[]> {
    const events = await loaders.eventsOf.load(entity.id);
    return events.filter((event) => (!type || event.type === type) && (!status || event.status === status));
  }

  @FieldResolver(() => [Entity], { description: 'The other participants of the meetings, visits and negotiations it takes part in, whatever their status.' })
  metWith(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    return loaders.metWith.load(entity.id);
  }

  @FieldResolver(() => [Statement], { description: 'What it said.' })
  statements(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<StatementRow[]> {
    return loaders.statementsBy.load(entity.id);
  }

  @FieldResolver(() => [Statement], { description: 'What was said about it.' })
  statementsAbout(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<StatementRow[]> {
    return loaders.statementsAbout.load(entity.id);
  }

  @FieldResolver(() => [Vote], { description: 'The votes it cast.' })
  votes(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VoteRow[]> {
    return loaders.votesBy(asksForEvidence(info)).load(entity.id);
  }

  @FieldResolver(() => [Resolution], { description: 'The resolutions it vetoed.' })
  async vetoed(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    const vetoes = (await loaders.votesBy(false).load(entity.id)).filter((vote) => vote.veto);
    return (await loaders.entity.loadMany(vetoes.map((vote) => vote.resolutionId))) as EntityRow[];
  }

  @FieldResolver(() => [Stance], { description: 'The stances it holds.' })
  stances(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<StanceRow[]> {
    return loaders.stancesHeldBy(asksForEvidence(info)).load(entity.id);
  }

  @FieldResolver(() => [Stance], { description: 'The stances others hold toward it.' })
  positions(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<StanceRow[]> {
    return loaders.stancesToward(asksForEvidence(info)).load(entity.id);
  }

  @FieldResolver(() => [Relation], { description: `Its relations to other entities, of the given types; first is at most ${MAX_PAGE}.` })
  relations(
    @Root() entity: EntityRow,
    @Ctx() { loaders }: RequestContext,
    @Arg('types', () => [String], { nullable: true, description: `Any of ${ENTITY_RELATIONSHIP_TYPES.join(', ')}.` }) types: string[] | null,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.BOTH }) direction: Direction | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
  ): Promise<RelationRow[]> {
    const size = checkRange('first', first ?? 50, 0, MAX_PAGE);
    const unknown = (types ?? []).filter((type) => !ENTITY_RELATIONSHIP_TYPES.includes(type));
    if (unknown.length > 0) {
      throw new BadUserInputError(`Argument "types" has unknown relation types ${unknown.join(', ')}; use any of ${ENTITY_RELATIONSHIP_TYPES.join(', ')}.`, 'types');
    }
    return loaders.relations.load(JSON.stringify({ id: entity.id, types: types ?? null, direction: direction ?? Direction.BOTH, first: size }));
  }
}
