// Statement fields and Query.statements (paged, filtered by speaker, subject, article or words).
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ArticleSummary, EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Article } from '../article/article.type';
import { offsetAfter, type Page, PageArgs, pageOf } from '../common/connection';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import type { StatementWithSubjects } from './statement.repository';
import { Statement, StatementConnection } from './statement.type';

@ArgsType()
class StatementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  article!: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive words the statement contains.' })
  contains!: string | null;

  @Field(() => ID, { nullable: true })
  about!: string | null;

  @Field(() => ID, { nullable: true })
  speaker!: string | null;
}

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements in article order, filtered by speaker, subject, article or the words they contain.' })
  async statements(@Ctx() { repositories, loaders }: RequestContext, @Args(() => StatementsArgs) args: StatementsArgs): Promise<Page<StatementWithSubjects>> {
    const offset = offsetAfter(args.after);
    const filter = { speaker: args.speaker ?? null, about: args.about ?? null, contains: args.contains ?? null, article: args.article ?? null };
    const { total, rows } = await repositories.statements.page(filter, offset, args.first);
    loaders.primeReferences(rows);
    return pageOf(rows, offset, total);
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
