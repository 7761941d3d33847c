// Evidence as GraphQL shows it: the exact words of an article that support a fact, and where they stand in it.
import { Field, Int, ObjectType } from 'type-graphql';
import type { Evidence as EvidenceSpan, StoredEvidence } from '../../model';

@ObjectType({ simpleResolvers: true, description: 'The words of an article that support a fact: article.text.slice(start, end) == quote (UTF-16 offsets).' })
export class Evidence implements EvidenceSpan {
  articleId!: string;

  @Field(() => String)
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

/**
 * Whether an article states a fact: one of the fact's evidence spans is that article's (no article: any). The
 * fact must have been read with its evidence lists.
 */
export function statedIn(fact: Partial<StoredEvidence>, articleId: string | null | undefined): boolean {
  return !articleId || (fact.evArticle ?? []).includes(articleId);
}
