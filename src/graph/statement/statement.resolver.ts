// Statement fields and Query.statements.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ArticleSummary, EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Article } from '../article/article.type';
import { Aggregate, type AggregateRoot } from '../common/aggregate';
import { ListArgs, pageWants } from '../common/connection';
import type { Page } from '../common/list';
import { allOf } from '../common/where';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import { STATEMENT_GROUPS, STATEMENT_LIST, type StatementWithSubjects } from './statement.repository';
import { StatementSort, StatementWhere } from './statement.input';
import { Statement, StatementConnection } from './statement.type';

@ArgsType()
class StatementsArgs extends ListArgs(StatementWhere, StatementSort) {
  @Field(() => ID, { nullable: true, description: 'Shorthand for where: { article: { eq: … } }.' })
  article?: string | null;

  @Field(() => String, { nullable: true, description: 'Shorthand for where: { contains: … }.' })
  contains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Shorthand for where: { about: { eq: … } }.' })
  about?: string | null;

  @Field(() => ID, { nullable: true, description: 'Shorthand for where: { speaker: { eq: … } }.' })
  speaker?: string | null;
}

export const { AggregateType: StatementsAggregate, AggregateResolver: StatementsAggregateResolver } = Aggregate({ name: 'StatementsAggregate', spec: STATEMENT_LIST, keys: STATEMENT_GROUPS });

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementsAggregate, { description: 'Counts of the statements that pass the filter, whole or grouped (by speaker, subject, directness, publisher, date).' })
  statementsAggregate(@Arg('where', () => StatementWhere, { nullable: true }) where: StatementWhere | null | undefined): AggregateRoot<StatementWhere> {
    return { where };
  }

  @Query(() => StatementConnection, { description: 'Statements, filtered and sorted (in article order when no sort is given).' })
  async statements(@Ctx() { repositories, loaders }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => StatementsArgs) { article, contains, about, speaker, ...request }: StatementsArgs): Promise<Page<StatementWithSubjects>> {
    const where = allOf<StatementWhere>(
      request.where,
      article != null ? { article: { eq: article } } : null,
      contains != null ? { contains } : null,
      about != null ? { about: { eq: about } } : null,
      speaker != null ? { speaker: { eq: speaker } } : null,
    );
    const page = await repositories.statements.page({ ...request, where }, pageWants(info));
    loaders.primeReferences(page.edges.map((edge) => edge.node));
    return page;
  }

  @FieldResolver(() => Entity)
  speaker(@Root() statement: StatementWithSubjects, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return loaders.entity(statement.speakerId);
  }

  @FieldResolver(() => [Entity])
  about(@Root() statement: StatementWithSubjects): EntityRow[] {
    return statement.refs;
  }

  @FieldResolver(() => Article)
  article(@Root() statement: StatementWithSubjects, @Ctx() { loaders }: RequestContext): Promise<ArticleSummary> {
    return loaders.article(statement.articleId);
  }

  @FieldResolver(() => Evidence, { description: 'Where the words stand in the article.' })
  evidence(@Root() statement: StatementWithSubjects): Evidence {
    return { articleId: statement.articleId, quote: statement.text, start: statement.start, end: statement.end };
  }
}
