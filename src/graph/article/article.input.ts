// What the list of articles can be filtered and sorted by.
import { Field, InputType } from 'type-graphql';
import { SortDirection } from '../common/enums';
import { DateRange, IdFilter, StringFilter } from '../common/filters';

@InputType({ description: 'Which articles: every field given must hold; AND, OR and NOT combine whole filters.' })
export class ArticleWhere {
  @Field(() => [ArticleWhere], { nullable: true })
  AND?: ArticleWhere[] | null;

  @Field(() => [ArticleWhere], { nullable: true })
  OR?: ArticleWhere[] | null;

  @Field(() => ArticleWhere, { nullable: true })
  NOT?: ArticleWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  publisher?: StringFilter | null;

  @Field(() => DateRange, { nullable: true, description: 'Written on one of these days (its own day, where it was written).' })
  during?: DateRange | null;

  @Field(() => IdFilter, { nullable: true, description: 'An entity it mentions or reports.' })
  mentions?: IdFilter | null;
}

@InputType({ description: 'One field to order articles by.' })
export class ArticleSort {
  @Field(() => SortDirection, { nullable: true, description: 'By the instant it was written (reportedAt, across time zones).' })
  reportedAt?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  title?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  publisher?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  id?: SortDirection | null;
}
