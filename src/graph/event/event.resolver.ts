// Event fields, Participant.entity, Query.events (paged) and Query.negotiations.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { asksForEvidence } from '../common/selection';
import { MAX_PAGE } from '../common/arguments';
import { offsetAfter, type Page, pageOf, pageSize } from '../common/connection';
import { EventStatus, EventType } from '../common/enums';
import { Evidence, evidenceList } from '../common/evidence';
import type { EntityRow, ParticipantRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { Event, EventConnection, Participant } from './event.type';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events, by date, filtered by type, status or participant.' })
  async events(
    @Ctx() { repositories }: RequestContext,
    @Arg('type', () => EventType, { nullable: true }) type: EventType | null,
    @Arg('status', () => EventStatus, { nullable: true }) status: EventStatus | null,
    @Arg('participant', () => ID, { nullable: true }) participant: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: `At most ${MAX_PAGE}.` }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Page<EntityRow>> {
    const offset = offsetAfter(after);
    const { total, rows } = await repositories.events.page({ type: type ?? null, status: status ?? null, participant: participant ?? null }, offset, pageSize(first ?? 20));
    return pageOf(rows, offset, total);
  }

  @Query(() => [Event], { description: `Every negotiation (at most ${MAX_PAGE}); ask each for its participants and the positions held toward it.` })
  negotiations(@Ctx() { repositories }: RequestContext): Promise<EntityRow[]> {
    return repositories.events.negotiations(MAX_PAGE);
  }

  @FieldResolver(() => Entity, { nullable: true })
  async place(@Root() event: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    const placeId = (await loaders.entityDetails.load(event.id))?.placeId;
    return placeId ? loaders.entity.load(placeId) : null;
  }

  @FieldResolver(() => [Participant], { description: 'Who takes part, and in which role; `role` keeps only that role (party, mediator, host…).' })
  async participants(
    @Root() event: EntityRow,
    @Ctx() { loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('role', () => String, { nullable: true }) role: string | null,
  ): Promise<ParticipantRow[]> {
    const participants = await loaders.participants(asksForEvidence(info)).load(event.id);
    return role ? participants.filter((participant) => participant.role === role) : participants;
  }

  @FieldResolver(() => [Evidence], { description: 'The words of every article that reports it.' })
  async evidence(@Root() event: EntityRow, @Ctx() { loaders }: RequestContext): Promise<Evidence[]> {
    const details = await loaders.entityDetails.load(event.id);
    return details ? evidenceList(details) : [];
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Entity)
  async entity(@Root() participant: ParticipantRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(participant.entityId)) as EntityRow;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() participant: ParticipantRow): Evidence[] {
    return evidenceList(participant);
  }
}
