// Query.search (entities by name or alias) and Query.textSearch (inside what was said or written), best first.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { ArticleSummary, EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../errors';
import { BoundedInt, MAX_PAGE } from '../common/arguments';
import { PageArgs, pageWants } from '../common/connection';
import { EntityKind } from '../common/enums';
import type { Page } from '../common/list';
import { Article } from '../article/article.type';
import { Entity } from '../entity/entity.type';
import { StatementWhere } from '../statement/statement.input';
import type { TextHitRow } from './search.repository';
import { bestSentence, luceneQuery, markedSnippet, searchTerms, sentences, type SearchTerms } from './search-query';
import { TextHit, TextHitConnection, TextKind } from './search.type';

/** A hit as this resolver builds it; its article is a field of its own, read by id. */
type LocatedHit = Omit<TextHit, 'article'>;

/** Longer search texts make Lucene's prefix automata too large to build. */
const MAX_SEARCH_TEXT = 200;

@ArgsType()
class SearchArgs {
  @BoundedInt({ default: 10, min: 0, max: MAX_PAGE })
  first!: number;

  @Field(() => [EntityKind], { nullable: true })
  kinds!: EntityKind[] | null;

  @Field(() => String)
  text!: string;
}

@ArgsType()
class TextSearchArgs extends PageArgs {
  @Field(() => String, { description: 'Words, each matching whole or as the start of a word; "words in double quotes" match as a phrase.' })
  text!: string;

  @Field(() => [TextKind], { defaultValue: [TextKind.STATEMENT, TextKind.ARTICLE], description: 'Where to look.' })
  in!: TextKind[];

  @Field(() => StatementWhere, { nullable: true, description: 'Which hits: what only a statement has (speaker, about, direct…) leaves article hits out; article, reportedBy and during (an article by its publication day) apply to both.' })
  where?: StatementWhere | null;
}

/** The Lucene query of a search text, or a refusal naming what is wrong with it. */
function checkedQuery(text: string): { query: string; terms: SearchTerms } {
  if (text.length > MAX_SEARCH_TEXT) throw new BadUserInputError(`Argument "text" must be at most ${MAX_SEARCH_TEXT} characters; got ${text.length}.`, 'text');
  const query = luceneQuery(text);
  if (query === null) throw new BadUserInputError('Argument "text" must contain at least one word.', 'text');
  return { query, terms: searchTerms(text) };
}

@Resolver(() => TextHit)
export class SearchResolver {
  @Query(() => [Entity], { description: `Entities whose name or any alias matches the words, best match first (each with its score); first is at most ${MAX_PAGE}.` })
  search(@Ctx() { repositories }: RequestContext, @Args(() => SearchArgs) { first, kinds, text }: SearchArgs): Promise<EntityRow[]> {
    return repositories.search.search(checkedQuery(text).query, kinds ?? null, first);
  }

  @Query(() => TextHitConnection, { description: 'Where words were said (statements) or written (article text), best match first, each with the sentence that matched, marked, and where it stands.' })
  async textSearch(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => TextSearchArgs) { text, in: kinds, ...request }: TextSearchArgs): Promise<Page<LocatedHit>> {
    const { query, terms } = checkedQuery(text);
    if (kinds.length === 0) throw new BadUserInputError('Argument "in" must list at least one of STATEMENT, ARTICLE.', 'in');
    const page = await repositories.search.textHits(query, [...new Set(kinds)], request, pageWants(info));
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: located(edge.node, terms) })) };
  }

  @FieldResolver(() => Article)
  article(@Root() hit: LocatedHit, @Ctx() { loaders }: RequestContext): Promise<ArticleSummary> {
    return loaders.article(hit.evidence.articleId);
  }
}

/**
 * A hit with its best sentence located in the article: a statement's text is the article's own words from its
 * `start`, so offsets inside it shift by that much. Lucene reads words a little differently from the pattern
 * that marks them (it splits "U.S." in two); where none is found, the first sentence stands, unmarked.
 */
function located({ kind, score, statement, article }: TextHitRow, terms: SearchTerms): LocatedHit {
  const text = statement ? statement.text : (article.text ?? '');
  const offset = statement ? statement.start : 0;
  const best = bestSentence(text, terms) ?? { sentence: sentences(text)[0] ?? { start: 0, end: text.length }, matches: [] };
  const quote = text.slice(best.sentence.start, best.sentence.end);
  return {
    kind,
    score,
    statement,
    snippet: markedSnippet(text, best.sentence, best.matches),
    evidence: { articleId: article.id, quote, start: offset + best.sentence.start, end: offset + best.sentence.end },
  };
}
