// Claim fields and Query.claims.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Article } from '../article/article.type';
import type { ArticleRow } from '../article/article.repository';
import { MAX_PAGE } from '../common/arguments';
import { Evidence } from '../common/evidence';
import type { EntityRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import type { ClaimRow } from './claim.repository';
import { Claim } from './claim.type';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => [Claim], { description: `Figures, in article order, filtered by subject, measure (words it contains) or article; at most ${MAX_PAGE}.` })
  claims(
    @Ctx() { repositories }: RequestContext,
    @Arg('subject', () => ID, { nullable: true }) subject: string | null,
    @Arg('measure', () => String, { nullable: true }) measure: string | null,
    @Arg('article', () => ID, { nullable: true }) article: string | null,
  ): Promise<ClaimRow[]> {
    return repositories.claims.find({ subject: subject ?? null, measure: measure ?? null, article: article ?? null }, MAX_PAGE);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'What the figure is about.' })
  async subject(@Root() claim: ClaimRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    return claim.subjectId ? loaders.entity.load(claim.subjectId) : null;
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who gives the figure, where the article says.' })
  async source(@Root() claim: ClaimRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    return claim.sourceId ? loaders.entity.load(claim.sourceId) : null;
  }

  @FieldResolver(() => Article)
  async article(@Root() claim: ClaimRow, @Ctx() { loaders }: RequestContext): Promise<ArticleRow> {
    return (await loaders.article.load(claim.articleId)) as ArticleRow;
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() claim: ClaimRow): Evidence {
    return { articleId: claim.articleId, quote: claim.quote, start: claim.start, end: claim.end };
  }
}
