// Resolution fields, Query.resolutions, and the fields of Vote.
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { asksForEvidence } from '../common/selection';
import { MAX_PAGE } from '../common/arguments';
import { EntityKind } from '../common/enums';
import { Evidence, evidenceList } from '../common/evidence';
import type { EntityRow, VoteRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { Resolution, Tally } from './resolution.type';
import { Vote } from './vote.type';

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Query(() => [Resolution], { description: `Every resolution (at most ${MAX_PAGE}).` })
  async resolutions(@Ctx() { repositories }: RequestContext): Promise<EntityRow[]> {
    return repositories.entities.byKind(EntityKind.RESOLUTION, MAX_PAGE);
  }

  @FieldResolver(() => [Entity])
  sponsors(@Root() resolution: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    return loaders.sponsors.load(resolution.id);
  }

  @FieldResolver(() => [Vote], { description: "Each named voter's position." })
  votes(@Root() resolution: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VoteRow[]> {
    return loaders.votesOn(asksForEvidence(info)).load(resolution.id);
  }

  @FieldResolver(() => [Entity])
  async vetoedBy(@Root() resolution: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow[]> {
    const vetoes = (await loaders.votesOn(false).load(resolution.id)).filter((vote) => vote.veto);
    return (await loaders.entity.loadMany(vetoes.map((vote) => vote.voterId))) as EntityRow[];
  }

  @FieldResolver(() => Tally, { nullable: true })
  tally(@Root() resolution: EntityRow): Tally | null {
    const { inFavour, against, abstentions } = resolution;
    if (inFavour == null || against == null || abstentions == null) return null;
    return { inFavour, against, abstentions };
  }
}

@Resolver(() => Vote)
export class VoteResolver {
  @FieldResolver(() => Entity)
  async voter(@Root() vote: VoteRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(vote.voterId)) as EntityRow;
  }

  @FieldResolver(() => Resolution)
  async resolution(@Root() vote: VoteRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(vote.resolutionId)) as EntityRow;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() vote: VoteRow): Evidence[] {
    return evidenceList(vote);
  }
}
