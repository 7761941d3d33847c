// Claim fields and Query.claims.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ArticleSummary, ClaimRow, EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Article } from '../article/article.type';
import { MAX_PAGE } from '../common/arguments';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
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
  subject(@Root() claim: ClaimRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    return loaders.findEntity(claim.subjectId);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who gives the figure, where the article says.' })
  async source(@Root() claim: ClaimRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    return claim.sourceId ? loaders.entity(claim.sourceId) : null;
  }

  @FieldResolver(() => Article)
  article(@Root() claim: ClaimRow, @Ctx() { loaders }: RequestContext): Promise<ArticleSummary> {
    return loaders.article(claim.articleId);
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() claim: ClaimRow): Evidence {
    return { articleId: claim.articleId, quote: claim.quote, start: claim.start, end: claim.end };
  }
}
