// An event: a meeting, visit, negotiation, vote, military operation, proposal…, and its participants.
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { DatePrecision, EventStatus, EventType } from '../common/enums';
import { Entity } from '../entity/entity.type';

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'Something that happened, is planned, expected or proposed.' })
export class Event extends Entity {
  @Field(() => EventType)
  type!: EventType;

  @Field(() => String, { nullable: true, description: 'The CAMEO event code of its type, where one fits.' })
  cameo!: string | null;

  @Field(() => EventStatus, { description: 'As the latest report gives it; `reports` has each article\'s.' })
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: 'As the latest dated report gives it, in its own form, which may be partial: 2024, 2024-03, 2024-03-22, 2024-W13.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The first day `date` covers, ISO (2024-W13 starts on 2024-03-25).' })
  dateStart!: string | null;

  @Field(() => String, { nullable: true, description: 'The last day `date` covers, ISO (2024-W13 ends on 2024-03-31).' })
  dateEnd!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision!: DatePrecision | null;

  @Field(() => Int, { description: 'How many articles report it.' })
  sourceCount!: number;

  @Field(() => Boolean, { description: 'Its reports disagree on its status or its date (see `reports`).' })
  disputed!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One article's version of an event: the status and date it gives, in its words." })
export class Report {
  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: 'In the form the article gives it, resolved against its publication date.' })
  date!: string | null;

  @Field(() => String, { nullable: true })
  dateStart!: string | null;

  @Field(() => String, { nullable: true })
  dateEnd!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision!: DatePrecision | null;
}

@ObjectType({ simpleResolvers: true, description: 'An entity taking part in an event, in a role.' })
export class Participant {
  @Field(() => String, { description: 'visitor, host, party, mediator, sponsor, voter, inviter, invitee…' })
  role!: string;

  @Field(() => EventStatus, { description: "Its own modality where an article gives one (Burns is EXPECTED at talks that are ONGOING), else the event's." })
  status!: EventStatus;
}

export const EventConnection = Connection(Event, 'Event');
