// Claim fields and Query.claims.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ArticleSummary, ClaimRow, EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Article } from '../article/article.type';
import { Aggregate, type AggregateRoot } from '../common/aggregate';
import { ListArgs, pageWants } from '../common/connection';
import type { Page } from '../common/list';
import { allOf } from '../common/where';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import { ClaimSort, ClaimWhere } from './claim.input';
import { CLAIM_GROUPS, CLAIM_LIST } from './claim.repository';
import { Claim, ClaimConnection } from './claim.type';

@ArgsType()
class ClaimsArgs extends ListArgs(ClaimWhere, ClaimSort) {
  @Field(() => ID, { nullable: true, description: 'Shorthand for where: { subject: { eq: … } }.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Shorthand for where: { measure: { contains: … } }.' })
  measure?: string | null;

  @Field(() => ID, { nullable: true, description: 'Shorthand for where: { article: { eq: … } }.' })
  article?: string | null;
}

export const { AggregateType: ClaimsAggregate, AggregateResolver: ClaimsAggregateResolver } = Aggregate({ name: 'ClaimsAggregate', spec: CLAIM_LIST, keys: CLAIM_GROUPS, measured: 'c.value' });

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => ClaimsAggregate, { description: 'Counts of the claims that pass the filter, whole or grouped (by measure, subject, source, publisher, unit), with min, max, sum and avg of their values per group.' })
  claimsAggregate(@Arg('where', () => ClaimWhere, { nullable: true }) where: ClaimWhere | null | undefined): AggregateRoot<ClaimWhere> {
    return { where };
  }

  @Query(() => ClaimConnection, { description: 'Figures, filtered and sorted (in article order when no sort is given).' })
  claims(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => ClaimsArgs) { subject, measure, article, ...request }: ClaimsArgs): Promise<Page<ClaimRow>> {
    const where = allOf<ClaimWhere>(
      request.where,
      subject != null ? { subject: { eq: subject } } : null,
      measure != null ? { measure: { contains: measure } } : null,
      article != null ? { article: { eq: article } } : null,
    );
    return repositories.claims.page({ ...request, where }, pageWants(info));
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
