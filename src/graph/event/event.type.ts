// An event: a meeting, visit, negotiation, vote, military operation, proposal…, and its participants.
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { EventStatus, EventType } from '../common/enums';
import { Entity } from '../entity/entity.type';

@ObjectType({ implements: Entity, description: 'Something that happened, is planned, expected or proposed.' })
export class Event extends Entity {
  @Field(() => EventType)
  type!: EventType;

  @Field(() => String, { nullable: true, description: 'The CAMEO event code of its type, where one fits.' })
  cameo!: string | null;

  @Field(() => EventStatus, { description: 'As the latest report gives it.' })
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: 'ISO, may be partial: 2024, 2024-03, 2024-03-22, 2024-W13.' })
  date!: string | null;

  @Field(() => Int, { description: 'How many articles report it.' })
  sourceCount!: number;
}

@ObjectType({ description: 'An entity taking part in an event, in a role.' })
export class Participant {
  @Field(() => String, { description: 'visitor, host, party, mediator, sponsor, voter, inviter, invitee…' })
  role!: string;
}

export const EventConnection = Connection(Event, 'Event');
