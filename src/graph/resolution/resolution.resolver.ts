// Resolution fields, Query.resolutions, and the fields of Vote.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { readEvidence, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Aggregate, type AggregateRoot } from '../common/aggregate';
import { ListArgs, pageWants } from '../common/connection';
import type { Page } from '../common/list';
import { allOf } from '../common/where';
import { EntitiesArgs } from '../entity/entity.resolver';
import type { EntityWhere } from '../entity/entity.input';
import { EntityKind } from '../common/enums';
import { Evidence } from '../common/evidence';
import { ReadsById } from '../common/grouped-read';
import { asksForEvidence } from '../common/selection';
import { Entity } from '../entity/entity.type';
import { sponsors, VOTE_GROUPS, VOTE_LIST, votes, type VoteRow } from './resolution.repository';
import { Resolution, ResolutionConnection, Tally } from './resolution.type';
import { VoteSort, VoteWhere } from './vote.input';
import { Vote, VoteConnection } from './vote.type';

@ArgsType()
class VotesArgs extends ListArgs(VoteWhere, VoteSort) {}

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Query(() => ResolutionConnection, { description: 'The resolutions, filtered and sorted like entities (by name when no sort is given).' })
  resolutions(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => EntitiesArgs) request: EntitiesArgs): Promise<Page<EntityRow>> {
    return repositories.entities.page({ ...request, where: allOf<EntityWhere>(request.where, { kind: { eq: EntityKind.RESOLUTION } }) }, pageWants(info));
  }

  @FieldResolver(() => [Entity])
  @ReadsById(sponsors)
  sponsors(@Root() resolution: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    return loaders.list(sponsors).load(resolution.id);
  }

  @FieldResolver(() => [Vote], { description: "Each named voter's position." })
  @ReadsById(votes)
  votes(@Root() resolution: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VoteRow[]> {
    return loaders.list(votes, asksForEvidence(info)).load(resolution.id);
  }

  @FieldResolver(() => [Entity])
  @ReadsById(votes)
  async vetoedBy(@Root() resolution: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    const vetoes = (await loaders.list(votes).load(resolution.id)).filter((vote) => vote.veto);
    return loaders.entities(vetoes.map((vote) => vote.voterId));
  }

  @FieldResolver(() => Tally, { nullable: true })
  tally(@Root() resolution: EntityRow): Tally | null {
    const { inFavour, against, abstentions } = resolution;
    if (inFavour == null || against == null || abstentions == null) return null;
    return { inFavour, against, abstentions };
  }
}

export const { AggregateType: VotesAggregate, AggregateResolver: VotesAggregateResolver } = Aggregate({ name: 'VotesAggregate', spec: VOTE_LIST, keys: VOTE_GROUPS });

@Resolver(() => Vote)
export class VoteResolver {
  @Query(() => VotesAggregate, { description: 'Counts of the votes that pass the filter, whole or grouped (by voter, position, resolution, veto).' })
  votesAggregate(@Arg('where', () => VoteWhere, { nullable: true }) where: VoteWhere | null | undefined): AggregateRoot<VoteWhere> {
    return { where };
  }

  @Query(() => VoteConnection, { description: 'Every named vote on a resolution, filtered and sorted (by voter when no sort is given).' })
  votes(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => VotesArgs) request: VotesArgs): Promise<Page<VoteRow>> {
    return repositories.votes.page(request, pageWants(info));
  }

  @FieldResolver(() => Entity)
  voter(@Root() vote: VoteRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return loaders.entity(vote.voterId);
  }

  @FieldResolver(() => Resolution)
  resolution(@Root() vote: VoteRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return loaders.entity(vote.resolutionId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() vote: VoteRow): Evidence[] {
    return readEvidence(vote, `VOTED ${vote.voterId} → ${vote.resolutionId}`);
  }
}
