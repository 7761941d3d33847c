// An article of the corpus: its metadata and full text, which every evidence span points into.
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A news article of the corpus.' })
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
}
