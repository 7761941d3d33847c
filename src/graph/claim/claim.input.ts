// What a list of claims can be filtered and sorted by.
import { Field, InputType, Int } from 'type-graphql';
import { SortDirection } from '../common/enums';
import { FloatFilter, IdFilter, StringFilter } from '../common/filters';

@InputType({ description: 'Which claims: every field given must hold; AND, OR and NOT combine whole filters.' })
export class ClaimWhere {
  @Field(() => [ClaimWhere], { nullable: true })
  AND?: ClaimWhere[] | null;

  @Field(() => [ClaimWhere], { nullable: true })
  OR?: ClaimWhere[] | null;

  @Field(() => ClaimWhere, { nullable: true })
  NOT?: ClaimWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'What it measures (people killed, ordinal…).' })
  measure?: StringFilter | null;

  @Field(() => IdFilter, { nullable: true, description: 'What the figure is about.' })
  subject?: IdFilter | null;

  @Field(() => IdFilter, { nullable: true, description: 'Who gives the figure.' })
  source?: IdFilter | null;

  @Field(() => FloatFilter, { nullable: true })
  value?: FloatFilter | null;

  @Field(() => Boolean, { nullable: true, description: 'The graph knows the figure to be false (see Claim.contradiction).' })
  contradicted?: boolean | null;

  @Field(() => IdFilter, { nullable: true })
  article?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: "Its article's publisher." })
  reportedBy?: StringFilter | null;

  @Field(() => Int, { nullable: true, description: "A claim is one article's figure: it has one source." })
  minSources?: number | null;
}

@InputType({ description: 'One field to order claims by.' })
export class ClaimSort {
  @Field(() => SortDirection, { nullable: true, description: 'By article, then where in it the figure stands.' })
  article?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  value?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  measure?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  id?: SortDirection | null;
}
