// An article of the corpus: its metadata and full text, which every evidence span points into.
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: 'A news article of the corpus.' })
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, ISO.' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published.' })
  url!: string | null;

  @Field(() => String, {
    description: 'When it was written, ISO 8601 with the UTC offset of where it was written (2024-03-22T10:30+02:00); it orders the reports of one event.',
  })
  reportedAt!: string;
}

export const ArticleConnection = Connection(Article, 'Article');
