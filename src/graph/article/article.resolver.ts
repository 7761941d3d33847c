// Article fields that reach into the graph, Query.articles, and Evidence.article.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { ArticleSummary, EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { ListArgs, pageWants } from '../common/connection';
import type { Page } from '../common/list';
import { Evidence } from '../common/evidence';
import { ReadsById } from '../common/grouped-read';
import { Entity } from '../entity/entity.type';
import { entities, text } from './article.repository';
import { ArticleSort, ArticleWhere } from './article.input';
import { Article, ArticleConnection } from './article.type';

@ArgsType()
class ArticlesArgs extends ListArgs(ArticleWhere, ArticleSort) {}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'The articles of the corpus, filtered and sorted (newest first when no sort is given).' })
  articles(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => ArticlesArgs) request: ArticlesArgs): Promise<Page<ArticleSummary>> {
    return repositories.articles.page(request, pageWants(info));
  }

  @FieldResolver(() => String, { description: 'The full text; evidence offsets index into it.' })
  async text(@Root() article: ArticleSummary, @Ctx() { loaders }: RequestContext): Promise<string> {
    return (await loaders.one(text, article.id)) ?? '';
  }

  @FieldResolver(() => [Entity], { description: 'The entities it mentions or reports.' })
  @ReadsById(entities)
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
