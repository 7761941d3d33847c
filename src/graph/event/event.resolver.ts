// Event fields, Participant's and Report's fields, Query.events and Query.negotiations.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { readEvidence, type ArticleSummary, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Aggregate, type AggregateRoot } from '../common/aggregate';
import { ListArgs, pageWants } from '../common/connection';
import type { Page } from '../common/list';
import { allOf } from '../common/where';
import { EventStatus, EventType } from '../common/enums';
import { Article } from '../article/article.type';
import { Evidence, statedIn } from '../common/evidence';
import { ReadsById } from '../common/grouped-read';
import { asksForEvidence } from '../common/selection';
import { entityDetails } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { EVENT_GROUPS, EVENT_LIST, participants, reports, type ParticipantRow, type ReportRow } from './event.repository';
import { EventSort, EventWhere } from './event.input';
import { Event, EventConnection, Participant, Report } from './event.type';

@ArgsType()
class EventsArgs extends ListArgs(EventWhere, EventSort) {
  @Field(() => ID, { nullable: true, description: 'Shorthand for where: { participants: { some: { entity: { eq: … } } } }.' })
  participant?: string | null;

  @Field(() => EventStatus, { nullable: true, description: 'Shorthand for where: { status: { eq: … } }.' })
  status?: EventStatus | null;

  @Field(() => EventType, { nullable: true, description: 'Shorthand for where: { type: { eq: … } }.' })
  type?: EventType | null;
}

@ArgsType()
class NegotiationsArgs extends ListArgs(EventWhere, EventSort) {}

export const { AggregateType: EventsAggregate, AggregateResolver: EventsAggregateResolver } = Aggregate({ name: 'EventsAggregate', spec: EVENT_LIST, keys: EVENT_GROUPS });

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventsAggregate, { description: 'Counts of the events that pass the filter, whole or grouped (by type, status, place, participant, role, publisher, date).' })
  eventsAggregate(@Arg('where', () => EventWhere, { nullable: true }) where: EventWhere | null | undefined): AggregateRoot<EventWhere> {
    return { where };
  }

  @Query(() => EventConnection, { description: 'Events, filtered and sorted (by date when no sort is given).' })
  events(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => EventsArgs) { participant, status, type, ...request }: EventsArgs): Promise<Page<EntityRow>> {
    const where = allOf<EventWhere>(
      request.where,
      participant != null ? { participants: { some: { entity: { eq: participant } } } } : null,
      status != null ? { status: { eq: status } } : null,
      type != null ? { type: { eq: type } } : null,
    );
    return repositories.events.page({ ...request, where }, pageWants(info));
  }

  @Query(() => EventConnection, { description: 'The negotiations (events of type NEGOTIATION), filtered and sorted like events; ask each for its participants and the positions held toward it.' })
  negotiations(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => NegotiationsArgs) request: NegotiationsArgs): Promise<Page<EntityRow>> {
    return repositories.events.page({ ...request, where: allOf<EventWhere>(request.where, { type: { eq: 'NEGOTIATION' } }) }, pageWants(info));
  }

  @FieldResolver(() => Entity, { nullable: true })
  @ReadsById(entityDetails)
  async place(@Root() event: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    const placeId = (await loaders.one(entityDetails, event.id))?.placeId;
    return placeId ? loaders.entity(placeId) : null;
  }

  @FieldResolver(() => [Participant], {
    description: 'Who takes part, and in which role; `role` keeps only that role (party, mediator, host…), `article` what that article says.',
  })
  @ReadsById(participants)
  async participants(
    @Root() event: EntityRow,
    @Ctx() { loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('role', () => String, { nullable: true }) role: string | null,
    @Arg('article', () => ID, { nullable: true }) article: string | null,
  ): Promise<ParticipantRow[]> {
    const found = await loaders.list(participants, Boolean(article) || asksForEvidence(info)).load(event.id);
    return found.filter((participant) => (!role || participant.role === role) && statedIn(participant, article));
  }

  @FieldResolver(() => [Report], { description: 'Each article\'s version of it, in the order they were written: the last one stands in `status` and `date`.' })
  @ReadsById(reports)
  reports(@Root() event: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ReportRow[]> {
    return loaders.list(reports, asksForEvidence(info)).load(event.id);
  }

  @FieldResolver(() => [Evidence], { description: 'The words of every article that reports it.' })
  @ReadsById(entityDetails)
  async evidence(@Root() event: EntityRow, @Ctx() { loaders }: RequestContext): Promise<Evidence[]> {
    const details = await loaders.one(entityDetails, event.id);
    return details ? readEvidence(details, `the event ${event.id}`) : [];
  }
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => Article)
  article(@Root() report: ReportRow, @Ctx() { loaders }: RequestContext): Promise<ArticleSummary> {
    return loaders.article(report.articleId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() report: ReportRow): Evidence[] {
    return readEvidence(report, `REPORTS ${report.articleId} → ${report.eventId}`);
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Entity)
  entity(@Root() participant: ParticipantRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return loaders.entity(participant.entityId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() participant: ParticipantRow): Evidence[] {
    return readEvidence(participant, `PARTICIPATED_IN ${participant.entityId} → ${participant.eventId} (${participant.role})`);
  }
}
