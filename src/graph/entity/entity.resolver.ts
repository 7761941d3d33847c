// Query.entity and the fields every entity has (on the Entity interface, so every kind gets them). Each list
// field names the grouped read that answers it (@ReadsById); the read and its Cypher live with the rows' type.
import type { GraphQLField, GraphQLResolveInfo } from 'graphql';
import { isInterfaceType, isObjectType } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { type ArticleSummary, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Article } from '../article/article.type';
import { sources } from '../article/article.repository';
import { BoundedInt, MAX_PAGE } from '../common/arguments';
import { ListArgs, pageWants } from '../common/connection';
import type { Page } from '../common/list';
import { allOf } from '../common/where';
import { ArticleSort, ArticleWhere } from '../article/article.input';
import { ArticleConnection } from '../article/article.type';
import { EventSort, EventWhere } from '../event/event.input';
import { EventConnection } from '../event/event.type';
import { VoteSort, VoteWhere } from '../resolution/vote.input';
import { VoteConnection } from '../resolution/vote.type';
import { StanceSort, StanceWhere } from '../stance/stance.input';
import { StanceConnection } from '../stance/stance.type';
import { StatementSort, StatementWhere } from '../statement/statement.input';
import { StatementConnection } from '../statement/statement.type';
import { Direction, EventStatus, EventType, RelationType } from '../common/enums';
import { readOf, ReadsById } from '../common/grouped-read';
import { asksForEvidence, childSelections, selectedFieldNames } from '../common/selection';
import { Event } from '../event/event.type';
import { votesCast, type VoteRow } from '../resolution/resolution.repository';
import { Resolution } from '../resolution/resolution.type';
import { Vote } from '../resolution/vote.type';
import { positions, stances, type StanceRow } from '../stance/stance.repository';
import { Stance } from '../stance/stance.type';
import { statements, statementsAbout, type StatementWithSubjects } from '../statement/statement.repository';
import { Statement } from '../statement/statement.type';
import type { RelationRow } from '../traversal/traversal.repository';
import { Relation } from '../traversal/traversal.type';
import { EntitySort, EntityWhere } from './entity.input';
import { entity, events, metWith } from './entity.repository';
import { Entity, EntityConnection } from './entity.type';

@ArgsType()
class RelationsArgs {
  @BoundedInt({ default: 50, min: 0, max: MAX_PAGE })
  first!: number;

  @Field(() => Direction, { nullable: true, defaultValue: Direction.BOTH })
  direction!: Direction | null;

  @Field(() => [RelationType], { nullable: true, description: 'Only these kinds of relation; all when absent.' })
  types!: RelationType[] | null;
}

@ArgsType()
export class EntitiesArgs extends ListArgs(EntityWhere, EntitySort) {}

@ArgsType()
class EventsOfArgs extends ListArgs(EventWhere, EventSort) {}

@ArgsType()
class StatementsOfArgs extends ListArgs(StatementWhere, StatementSort) {}

@ArgsType()
class StancesOfArgs extends ListArgs(StanceWhere, StanceSort) {}

@ArgsType()
class VotesOfArgs extends ListArgs(VoteWhere, VoteSort) {}

@ArgsType()
class ArticlesOfArgs extends ListArgs(ArticleWhere, ArticleSort) {}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => EntityConnection, { description: 'Entities of every kind, filtered and sorted (by name when no sort is given); `search` ranks them by words instead.' })
  entities(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => EntitiesArgs) request: EntitiesArgs): Promise<Page<EntityRow>> {
    return repositories.entities.page(request, pageWants(info));
  }

  @Query(() => Entity, { nullable: true, description: 'One entity by id; null when no entity has it.' })
  entity(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<EntityRow | null> {
    // Look-ahead: the fields asked of this entity that read by its id start now, alongside the entity's own read,
    // rather than one round trip later. An unknown id or a kind without the field wastes one read of the query.
    for (const { typeName, fieldName, below } of childSelections(info)) {
      const type = info.schema.getType(typeName);
      const field: GraphQLField<unknown, unknown> | undefined = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
      const read = readOf(field);
      if (read) loaders.list(read, below.has('evidence'), below).load(id).catch(() => undefined);
    }
    // Only the properties the answer shows (a narrowed row, kept out of the by-id cache).
    return loaders.one(entity, id, selectedFieldNames(info));
  }

  @FieldResolver(() => [Article], { description: 'The articles that mention or report it.' })
  @ReadsById(sources)
  sources(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<ArticleSummary[]> {
    return loaders.list(sources).load(entity.id);
  }

  @FieldResolver(() => [Event], { description: 'The events it takes part in, by date.' })
  @ReadsById(events)
  async events(
    @Root() entity: EntityRow,
    @Ctx() { loaders }: RequestContext,
    @Arg('type', () => EventType, { nullable: true }) type: EventType | null,
    @Arg('status', () => EventStatus, { nullable: true }) status: EventStatus | null,
  ): Promise<EntityRow[]> {
    const found = await loaders.list(events).load(entity.id);
    return found.filter((event) => (!type || event.type === type) && (!status || event.status === status));
  }

  @FieldResolver(() => [Entity], { description: 'The other participants of the meetings, visits and negotiations it takes part in, whatever their status.' })
  @ReadsById(metWith)
  metWith(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<EntityRow[]> {
    return loaders.list(metWith, false, selectedFieldNames(info)).load(entity.id);
  }

  @FieldResolver(() => [Statement], { description: 'What it said.' })
  @ReadsById(statements)
  statements(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<StatementWithSubjects[]> {
    return loaders.list(statements).load(entity.id);
  }

  @FieldResolver(() => [Statement], { description: 'What was said about it.' })
  @ReadsById(statementsAbout)
  statementsAbout(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<StatementWithSubjects[]> {
    return loaders.list(statementsAbout).load(entity.id);
  }

  @FieldResolver(() => [Vote], { description: 'The votes it cast.' })
  @ReadsById(votesCast)
  votes(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VoteRow[]> {
    return loaders.list(votesCast, asksForEvidence(info)).load(entity.id);
  }

  @FieldResolver(() => [Resolution], { description: 'The resolutions it vetoed.' })
  @ReadsById(votesCast)
  async vetoed(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    const vetoes = (await loaders.list(votesCast).load(entity.id)).filter((vote) => vote.veto);
    return loaders.entities(vetoes.map((vote) => vote.resolutionId));
  }

  @FieldResolver(() => [Stance], { description: 'The stances it holds.' })
  @ReadsById(stances)
  stances(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<StanceRow[]> {
    return loaders.list(stances, asksForEvidence(info)).load(entity.id);
  }

  @FieldResolver(() => [Stance], { description: 'The stances others hold toward it.' })
  @ReadsById(positions)
  positions(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<StanceRow[]> {
    return loaders.list(positions, asksForEvidence(info)).load(entity.id);
  }

  // The connection form of each list field that can grow with the corpus: the root list, held to this entity.

  @FieldResolver(() => EventConnection, { description: 'The events it takes part in, filtered, sorted, paged and counted.' })
  eventsConnection(@Root() entity: EntityRow, @Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => EventsOfArgs) request: EventsOfArgs): Promise<Page<EntityRow>> {
    return repositories.events.page({ ...request, where: allOf<EventWhere>(request.where, { participants: { some: { entity: { eq: entity.id } } } }) }, pageWants(info));
  }

  @FieldResolver(() => StatementConnection, { description: 'What it said, filtered, sorted, paged and counted.' })
  statementsConnection(@Root() entity: EntityRow, @Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => StatementsOfArgs) request: StatementsOfArgs): Promise<Page<StatementWithSubjects>> {
    return repositories.statements.page({ ...request, where: allOf<StatementWhere>(request.where, { speaker: { eq: entity.id } }) }, pageWants(info));
  }

  @FieldResolver(() => StatementConnection, { description: 'What was said about it, filtered, sorted, paged and counted.' })
  statementsAboutConnection(@Root() entity: EntityRow, @Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => StatementsOfArgs) request: StatementsOfArgs): Promise<Page<StatementWithSubjects>> {
    return repositories.statements.page({ ...request, where: allOf<StatementWhere>(request.where, { about: { eq: entity.id } }) }, pageWants(info));
  }

  @FieldResolver(() => VoteConnection, { description: 'The votes it cast, filtered, sorted, paged and counted.' })
  votesConnection(@Root() entity: EntityRow, @Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => VotesOfArgs) request: VotesOfArgs): Promise<Page<VoteRow>> {
    return repositories.votes.page({ ...request, where: allOf<VoteWhere>(request.where, { voter: { eq: entity.id } }) }, pageWants(info));
  }

  @FieldResolver(() => StanceConnection, { description: 'The stances it holds, filtered, sorted, paged and counted.' })
  stancesConnection(@Root() entity: EntityRow, @Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => StancesOfArgs) request: StancesOfArgs): Promise<Page<StanceRow>> {
    return repositories.stances.page({ ...request, where: allOf<StanceWhere>(request.where, { holder: { eq: entity.id } }) }, pageWants(info));
  }

  @FieldResolver(() => StanceConnection, { description: 'The stances others hold toward it, filtered, sorted, paged and counted.' })
  positionsConnection(@Root() entity: EntityRow, @Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => StancesOfArgs) request: StancesOfArgs): Promise<Page<StanceRow>> {
    return repositories.stances.page({ ...request, where: allOf<StanceWhere>(request.where, { target: { eq: entity.id } }) }, pageWants(info));
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that mention or report it, filtered, sorted, paged and counted.' })
  sourcesConnection(@Root() entity: EntityRow, @Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => ArticlesOfArgs) request: ArticlesOfArgs): Promise<Page<ArticleSummary>> {
    return repositories.articles.page({ ...request, where: allOf<ArticleWhere>(request.where, { mentions: { eq: entity.id } }) }, pageWants(info));
  }

  @FieldResolver(() => [Relation], { description: `Its relations to other entities, of the given types; first is at most ${MAX_PAGE}.` })
  relations(@Root() entity: EntityRow, @Ctx() { loaders }: RequestContext, @Args(() => RelationsArgs) { first, direction, types }: RelationsArgs): Promise<RelationRow[]> {
    return loaders.relations.load(JSON.stringify({ id: entity.id, types: types ?? null, direction: direction ?? Direction.BOTH, first }));
  }
}
