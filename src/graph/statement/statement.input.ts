// What a list of statements can be filtered and sorted by.
import { Field, InputType, Int } from 'type-graphql';
import { SortDirection } from '../common/enums';
import { DateRange, IdFilter, StringFilter } from '../common/filters';

@InputType({ description: 'Which statements: every field given must hold; AND, OR and NOT combine whole filters.' })
export class StatementWhere {
  @Field(() => [StatementWhere], { nullable: true })
  AND?: StatementWhere[] | null;

  @Field(() => [StatementWhere], { nullable: true })
  OR?: StatementWhere[] | null;

  @Field(() => StatementWhere, { nullable: true })
  NOT?: StatementWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => IdFilter, { nullable: true, description: 'Who said it.' })
  speaker?: IdFilter | null;

  @Field(() => IdFilter, { nullable: true, description: 'Any entity it is about.' })
  about?: IdFilter | null;

  @Field(() => Boolean, { nullable: true, description: 'A direct quote (true) or reported speech (false).' })
  direct?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words it contains, in any case.' })
  contains?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'When it was said overlaps these days. Undated statements never match.' })
  during?: DateRange | null;

  @Field(() => IdFilter, { nullable: true })
  article?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: "Its article's publisher." })
  reportedBy?: StringFilter | null;

  @Field(() => Int, { nullable: true, description: 'A statement is one article\'s words: it has one source.' })
  minSources?: number | null;
}

@InputType({ description: 'One field to order statements by.' })
export class StatementSort {
  @Field(() => SortDirection, { nullable: true, description: 'By article, then where in it the words stand.' })
  article?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true, description: 'By when it was said (undated last when ASC).' })
  date?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  id?: SortDirection | null;
}
