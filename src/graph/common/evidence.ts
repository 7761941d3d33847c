// Evidence: the exact words of an article that support a fact, and where they stand in it.
import { Field, Int, ObjectType } from 'type-graphql';
import type { StoredEvidence } from '../../../seed/corpus';

@ObjectType({ description: 'The words of an article that support a fact: article.text.slice(start, end) == quote (UTF-16 offsets).' })
export class Evidence {
  articleId!: string;

  @Field(() => String)
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

/** Evidence as Neo4j stores it (parallel lists) to the GraphQL objects. */
export function evidenceList(stored: Partial<StoredEvidence>): Evidence[] {
  const articles = stored.evArticle ?? [];
  return articles.map((articleId, i) => ({ articleId, quote: stored.evQuote?.[i] ?? '', start: stored.evStart?.[i] ?? 0, end: stored.evEnd?.[i] ?? 0 }));
}
