// Statement fields and Query.statements (paged, filtered by speaker, subject, article or words).
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { primeReferences } from '../../loaders';
import { Article } from '../article/article.type';
import type { ArticleRow } from '../article/article.repository';
import { MAX_PAGE } from '../common/arguments';
import { offsetAfter, type Page, pageOf, pageSize } from '../common/connection';
import { Evidence } from '../common/evidence';
import type { EntityRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import type { StatementRow } from './statement.repository';
import { Statement, StatementConnection } from './statement.type';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements in article order, filtered by speaker, subject, article or the words they contain.' })
  async statements(
    @Ctx() { repositories, loaders }: RequestContext,
    @Arg('speaker', () => ID, { nullable: true }) speaker: string | null,
    @Arg('about', () => ID, { nullable: true }) about: string | null,
    @Arg('contains', () => String, { nullable: true, description: 'Case-insensitive words the statement contains.' }) contains: string | null,
    @Arg('article', () => ID, { nullable: true }) article: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: `At most ${MAX_PAGE}.` }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Page<StatementRow>> {
    const offset = offsetAfter(after);
    const filter = { speaker: speaker ?? null, about: about ?? null, contains: contains ?? null, article: article ?? null };
    const { total, rows } = await repositories.statements.page(filter, offset, pageSize(first ?? 20));
    primeReferences(loaders.entity, rows);
    return pageOf(rows, offset, total);
  }

  @FieldResolver(() => Entity)
  async speaker(@Root() statement: StatementRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(statement.speakerId)) as EntityRow;
  }

  @FieldResolver(() => [Entity])
  about(@Root() statement: StatementRow): EntityRow[] {
    return statement.refs;
  }

  @FieldResolver(() => Article)
  async article(@Root() statement: StatementRow, @Ctx() { loaders }: RequestContext): Promise<ArticleRow> {
    return (await loaders.article.load(statement.articleId)) as ArticleRow;
  }

  @FieldResolver(() => Evidence, { description: 'Where the words stand in the article.' })
  evidence(@Root() statement: StatementRow): Evidence {
    return { articleId: statement.articleId, quote: statement.text, start: statement.start, end: statement.end };
  }
}
