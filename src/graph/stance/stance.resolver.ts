// Stance fields and Query.stances.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { readEvidence, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Aggregate, type AggregateRoot } from '../common/aggregate';
import { ListArgs, pageWants } from '../common/connection';
import { Evidence } from '../common/evidence';
import type { Page } from '../common/list';
import { Entity } from '../entity/entity.type';
import { STANCE_GROUPS, STANCE_LIST, type StanceRow } from './stance.repository';
import { StanceSort, StanceWhere } from './stance.input';
import { Stance, StanceConnection } from './stance.type';

@ArgsType()
class StancesArgs extends ListArgs(StanceWhere, StanceSort) {}

export const { AggregateType: StancesAggregate, AggregateResolver: StancesAggregateResolver } = Aggregate({ name: 'StancesAggregate', spec: STANCE_LIST, keys: STANCE_GROUPS });

@Resolver(() => Stance)
export class StanceResolver {
  @Query(() => StancesAggregate, { description: 'Counts of the stances that pass the filter, whole or grouped (by holder, target, position).' })
  stancesAggregate(@Arg('where', () => StanceWhere, { nullable: true }) where: StanceWhere | null | undefined): AggregateRoot<StanceWhere> {
    return { where };
  }

  @Query(() => StanceConnection, { description: 'Who supports or opposes what, filtered and sorted (by holder when no sort is given).' })
  stances(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => StancesArgs) request: StancesArgs): Promise<Page<StanceRow>> {
    return repositories.stances.page(request, pageWants(info));
  }

  @FieldResolver(() => Entity)
  holder(@Root() stance: StanceRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return loaders.entity(stance.holderId);
  }

  @FieldResolver(() => Entity)
  target(@Root() stance: StanceRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return loaders.entity(stance.targetId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() stance: StanceRow): Evidence[] {
    return readEvidence(stance, `${stance.position} ${stance.holderId} → ${stance.targetId}`);
  }
}
