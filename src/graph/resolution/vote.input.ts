// What a list of votes can be filtered and sorted by.
import { Field, InputType, Int } from 'type-graphql';
import { SortDirection } from '../common/enums';
import { IdFilter, StringFilter, VotePositionFilter, type ScalarFilter } from '../common/filters';

@InputType({ description: 'Which votes: every field given must hold; AND, OR and NOT combine whole filters.' })
export class VoteWhere {
  @Field(() => [VoteWhere], { nullable: true })
  AND?: VoteWhere[] | null;

  @Field(() => [VoteWhere], { nullable: true })
  OR?: VoteWhere[] | null;

  @Field(() => VoteWhere, { nullable: true })
  NOT?: VoteWhere | null;

  @Field(() => IdFilter, { nullable: true })
  voter?: IdFilter | null;

  @Field(() => IdFilter, { nullable: true })
  resolution?: IdFilter | null;

  @Field(() => VotePositionFilter, { nullable: true })
  position?: ScalarFilter<string> | null;

  @Field(() => Boolean, { nullable: true })
  veto?: boolean | null;

  @Field(() => IdFilter, { nullable: true, description: 'An article that gives it.' })
  article?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The publisher of an article that gives it.' })
  reportedBy?: StringFilter | null;

  @Field(() => Int, { nullable: true, description: 'Given by at least this many articles.' })
  minSources?: number | null;
}

@InputType({ description: 'One field to order votes by.' })
export class VoteSort {
  @Field(() => SortDirection, { nullable: true, description: "By the voter's name." })
  voter?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true, description: "By the resolution's name." })
  resolution?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  position?: SortDirection | null;
}
