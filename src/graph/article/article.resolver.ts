// Article fields that reach into the graph, Query.articles, and Evidence.article.
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { MAX_PAGE } from '../common/arguments';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import type { EntityRow } from '../entity/entity.repository';
import type { ArticleRow } from './article.repository';
import { Article } from './article.type';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => [Article], { description: `The articles of the corpus, newest first (at most ${MAX_PAGE}).` })
  articles(@Ctx() { repositories }: RequestContext): Promise<ArticleRow[]> {
    return repositories.articles.all(MAX_PAGE);
  }

  @FieldResolver(() => String, { description: 'The full text; evidence offsets index into it.' })
  async text(@Root() article: ArticleRow, @Ctx() { loaders }: RequestContext): Promise<string> {
    return (await loaders.articleText.load(article.id)) ?? '';
  }

  @FieldResolver(() => [Entity], { description: 'The entities it mentions or reports.' })
  entities(@Root() article: ArticleRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    return loaders.articleEntities.load(article.id);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article)
  async article(@Root() evidence: Evidence, @Ctx() { loaders }: RequestContext): Promise<ArticleRow> {
    return (await loaders.article.load(evidence.articleId)) as ArticleRow;
  }
}
