// The input types every `where`, `sort` and `during` is built from: one filter type per scalar kind, one per
// enum, a day range and a sort direction. The list types' own `where` inputs (EventWhere…) compose these; what
// each field means in Cypher is declared beside the list's repository (see common/where.ts).
import { type ClassType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { EntityKind, EventStatus, EventType, StancePosition, VotePosition } from './enums';

/** Equality and membership: what every filter offers. */
export interface ScalarFilter<T> {
  eq?: T | null;
  in?: T[] | null;
  gte?: T | null;
  lte?: T | null;
  contains?: string | null;
}

@InputType({ description: 'Matches an id: equal to `eq`, or one of `in`.' })
export class IdFilter implements ScalarFilter<string> {
  @Field(() => ID, { nullable: true })
  eq?: string | null;

  @Field(() => [ID], { nullable: true })
  in?: string[] | null;
}

@InputType({ description: 'Matches words: equal to `eq` or one of `in` (exactly), or holding `contains` (any case).' })
export class StringFilter implements ScalarFilter<string> {
  @Field(() => String, { nullable: true })
  eq?: string | null;

  @Field(() => [String], { nullable: true })
  in?: string[] | null;

  @Field(() => String, { nullable: true })
  contains?: string | null;
}

@InputType({ description: 'Matches a whole number: equal, one of, at least (gte), at most (lte).' })
export class IntFilter implements ScalarFilter<number> {
  @Field(() => Int, { nullable: true })
  eq?: number | null;

  @Field(() => [Int], { nullable: true })
  in?: number[] | null;

  @Field(() => Int, { nullable: true })
  gte?: number | null;

  @Field(() => Int, { nullable: true })
  lte?: number | null;
}

@InputType({ description: 'Matches a number: equal, one of, at least (gte), at most (lte).' })
export class FloatFilter implements ScalarFilter<number> {
  @Field(() => Float, { nullable: true })
  eq?: number | null;

  @Field(() => [Float], { nullable: true })
  in?: number[] | null;

  @Field(() => Float, { nullable: true })
  gte?: number | null;

  @Field(() => Float, { nullable: true })
  lte?: number | null;
}

/** A filter on one enum: `eq` or `in` its values. */
function EnumFilter(enumObject: object, name: string): ClassType<ScalarFilter<string>> {
  @InputType(name, { description: `Matches one value (eq) or any of several (in).` })
  class Filter implements ScalarFilter<string> {
    @Field(() => enumObject, { nullable: true })
    eq?: string | null;

    @Field(() => [enumObject], { nullable: true })
    in?: string[] | null;
  }
  return Filter;
}

export const EventTypeFilter = EnumFilter(EventType, 'EventTypeFilter');
export const EventStatusFilter = EnumFilter(EventStatus, 'EventStatusFilter');
export const EntityKindFilter = EnumFilter(EntityKind, 'EntityKindFilter');
export const StancePositionFilter = EnumFilter(StancePosition, 'StancePositionFilter');
export const VotePositionFilter = EnumFilter(VotePosition, 'VotePositionFilter');

@InputType({ description: 'Days from `from` to `to`, both included (ISO days such as 2024-03-22). A dated thing matches when its interval overlaps them.' })
export class DateRange {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;
}

/** The input of a relationship filter over `where`: `some` related thing matches it, or `none` does. */
export function RelationFilterInput<W extends object>(where: ClassType<W>, name: string, what: string) {
  @InputType(name, { description: `Through ${what}: \`some\` of them match, or \`none\` does.` })
  class RelationFilterType {
    @Field(() => where, { nullable: true })
    some?: W | null;

    @Field(() => where, { nullable: true })
    none?: W | null;
  }
  return RelationFilterType;
}
