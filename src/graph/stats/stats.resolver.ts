// Query.stats.
import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Stats } from './stats.type';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats)
  async stats(@Ctx() { repositories }: RequestContext): Promise<Stats> {
    const row = await repositories.stats.stats();
    return {
      entitiesByKind: row.byKind,
      eventsByType: row.byType,
      eventsByStatus: row.byStatus,
      eventsByDate: row.timeline,
      articles: row.articles,
      statements: row.statements,
      claims: row.claims,
    };
  }
}
