// Article fields that reach into the graph, Query.articles, and Evidence.article.
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ArticleSummary, EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { MAX_PAGE } from '../common/arguments';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import { entities, text } from './article.repository';
import { Article } from './article.type';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => [Article], { description: `The articles of the corpus, newest first (at most ${MAX_PAGE}).` })
  articles(@Ctx() { repositories }: RequestContext): Promise<ArticleSummary[]> {
    return repositories.articles.articles(MAX_PAGE);
  }

  @FieldResolver(() => String, { description: 'The full text; evidence offsets index into it.' })
  async text(@Root() article: ArticleSummary, @Ctx() { loaders }: RequestContext): Promise<string> {
    return (await loaders.one(text, article.id)) ?? '';
  }

  @FieldResolver(() => [Entity], { description: 'The entities it mentions or reports.' })
  entities(@Root() article: ArticleSummary, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    return loaders.list(entities).load(article.id);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article)
  article(@Root() evidence: Evidence, @Ctx() { loaders }: RequestContext): Promise<ArticleSummary> {
    return loaders.article(evidence.articleId);
  }
}
