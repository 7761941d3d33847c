// What a list of stances can be filtered and sorted by.
import { Field, InputType, Int } from 'type-graphql';
import { SortDirection } from '../common/enums';
import { EntityKindFilter, IdFilter, StancePositionFilter, StringFilter, type ScalarFilter } from '../common/filters';

@InputType({ description: 'Which stances: every field given must hold; AND, OR and NOT combine whole filters.' })
export class StanceWhere {
  @Field(() => [StanceWhere], { nullable: true })
  AND?: StanceWhere[] | null;

  @Field(() => [StanceWhere], { nullable: true })
  OR?: StanceWhere[] | null;

  @Field(() => StanceWhere, { nullable: true })
  NOT?: StanceWhere | null;

  @Field(() => IdFilter, { nullable: true, description: 'Who holds it.' })
  holder?: IdFilter | null;

  @Field(() => EntityKindFilter, { nullable: true })
  holderKind?: ScalarFilter<string> | null;

  @Field(() => IdFilter, { nullable: true, description: 'What it is toward.' })
  target?: IdFilter | null;

  @Field(() => EntityKindFilter, { nullable: true })
  targetKind?: ScalarFilter<string> | null;

  @Field(() => StancePositionFilter, { nullable: true })
  position?: ScalarFilter<string> | null;

  @Field(() => IdFilter, { nullable: true, description: 'An article that gives it.' })
  article?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The publisher of an article that gives it.' })
  reportedBy?: StringFilter | null;

  @Field(() => Int, { nullable: true, description: 'Given by at least this many articles.' })
  minSources?: number | null;
}

@InputType({ description: 'One field to order stances by.' })
export class StanceSort {
  @Field(() => SortDirection, { nullable: true, description: "By the holder's name." })
  holder?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true, description: "By the target's name." })
  target?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  position?: SortDirection | null;
}
