// What a list of events can be filtered and sorted by: EventWhere (also the negotiations' and the timeline's),
// the participants filter inside it, and EventSort.
import { Field, ID, InputType, Int } from 'type-graphql';
import type { SortDirection } from '../common/enums';
import { SortDirection as SortDirectionEnum } from '../common/enums';
import { DateRange, EntityKindFilter, EventStatusFilter, EventTypeFilter, IdFilter, RelationFilterInput, StringFilter, type ScalarFilter } from '../common/filters';
import type { RelationFilter } from '../common/where';

@InputType({ description: 'A participation of an event: who, of what kind, in which role and status, by which article.' })
export class ParticipantWhere {
  @Field(() => [ParticipantWhere], { nullable: true })
  AND?: ParticipantWhere[] | null;

  @Field(() => [ParticipantWhere], { nullable: true })
  OR?: ParticipantWhere[] | null;

  @Field(() => ParticipantWhere, { nullable: true })
  NOT?: ParticipantWhere | null;

  @Field(() => IdFilter, { nullable: true, description: 'The participating entity.' })
  entity?: IdFilter | null;

  @Field(() => EntityKindFilter, { nullable: true })
  kind?: ScalarFilter<string> | null;

  @Field(() => StringFilter, { nullable: true, description: 'party, mediator, host, visitor…' })
  role?: StringFilter | null;

  @Field(() => EventStatusFilter, { nullable: true, description: "The participation's own status, else the event's." })
  status?: ScalarFilter<string> | null;

  @Field(() => IdFilter, { nullable: true, description: 'An article that gives this participation.' })
  article?: IdFilter | null;
}

export const ParticipantsFilter = RelationFilterInput(ParticipantWhere, 'ParticipantsFilter', 'the participations of an event');

@InputType({ description: 'Which events: every field given must hold; AND, OR and NOT combine whole filters.' })
export class EventWhere {
  @Field(() => [EventWhere], { nullable: true })
  AND?: EventWhere[] | null;

  @Field(() => [EventWhere], { nullable: true })
  OR?: EventWhere[] | null;

  @Field(() => EventWhere, { nullable: true })
  NOT?: EventWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter | null;

  @Field(() => EventTypeFilter, { nullable: true })
  type?: ScalarFilter<string> | null;

  @Field(() => EventStatusFilter, { nullable: true })
  status?: ScalarFilter<string> | null;

  @Field(() => DateRange, { nullable: true, description: "Its date's interval overlaps these days (a month-precise 2024-03 overlaps every day of March). Undated events never match." })
  during?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Its reports disagree on its status or date.' })
  disputed?: boolean | null;

  @Field(() => IdFilter, { nullable: true, description: 'The place it took place in.' })
  place?: IdFilter | null;

  @Field(() => ID, { nullable: true, description: 'A place it took place in, or anywhere located in it (LOCATED_IN, CAPITAL_OF, up to 5 steps).' })
  placeWithin?: string | null;

  @Field(() => ParticipantsFilter, { nullable: true })
  participants?: RelationFilter<ParticipantWhere> | null;

  @Field(() => IdFilter, { nullable: true, description: 'An article that reports it.' })
  article?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The publisher of an article that reports it (CNN, TRT World…).' })
  reportedBy?: StringFilter | null;

  @Field(() => Int, { nullable: true, description: 'Reported by at least this many articles.' })
  minSources?: number | null;
}

@InputType({ description: 'One field to order events by.' })
export class EventSort {
  @Field(() => SortDirectionEnum, { nullable: true, description: 'By the interval of the date: start, then end (undated last when ASC).' })
  date?: SortDirection | null;

  @Field(() => SortDirectionEnum, { nullable: true })
  name?: SortDirection | null;

  @Field(() => SortDirectionEnum, { nullable: true })
  type?: SortDirection | null;

  @Field(() => SortDirectionEnum, { nullable: true })
  status?: SortDirection | null;

  @Field(() => SortDirectionEnum, { nullable: true })
  sourceCount?: SortDirection | null;

  @Field(() => SortDirectionEnum, { nullable: true })
  id?: SortDirection | null;
}
