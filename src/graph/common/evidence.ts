// Evidence as GraphQL shows it: the exact words of an article that support a fact, and where they stand in it.
import { Field, Int, ObjectType } from 'type-graphql';
import type { Evidence as EvidenceSpan } from '../../model';

@ObjectType({ description: 'The words of an article that support a fact: article.text.slice(start, end) == quote (UTF-16 offsets).' })
export class Evidence implements EvidenceSpan {
  articleId!: string;

  @Field(() => String)
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
