// Event fields, Participant's fields, Query.events (paged) and Query.negotiations.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { readEvidence, type ArticleSummary, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { MAX_PAGE } from '../common/arguments';
import { offsetAfter, type Page, PageArgs, pageOf } from '../common/connection';
import { EventStatus, EventType } from '../common/enums';
import { Article } from '../article/article.type';
import { Evidence, statedIn } from '../common/evidence';
import { ReadsById } from '../common/grouped-read';
import { asksForEvidence } from '../common/selection';
import { entityDetails } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { participants, reports, type ParticipantRow, type ReportRow } from './event.repository';
import { Event, EventConnection, Participant, Report } from './event.type';

@ArgsType()
class EventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  participant!: string | null;

  @Field(() => EventStatus, { nullable: true })
  status!: EventStatus | null;

  @Field(() => EventType, { nullable: true })
  type!: EventType | null;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events, by date, filtered by type, status or participant.' })
  async events(@Ctx() { repositories }: RequestContext, @Args(() => EventsArgs) { after, first, participant, status, type }: EventsArgs): Promise<Page<EntityRow>> {
    const offset = offsetAfter(after);
    const { total, rows } = await repositories.events.page({ type: type ?? null, status: status ?? null, participant: participant ?? null }, offset, first);
    return pageOf(rows, offset, total);
  }

  @Query(() => [Event], { description: `Every negotiation (at most ${MAX_PAGE}); ask each for its participants and the positions held toward it.` })
  negotiations(@Ctx() { repositories }: RequestContext): Promise<EntityRow[]> {
    return repositories.events.negotiations(MAX_PAGE);
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
