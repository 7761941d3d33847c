// Resolution fields, Query.resolutions, and the fields of Vote.
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { readEvidence, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { MAX_PAGE } from '../common/arguments';
import { EntityKind } from '../common/enums';
import { Evidence } from '../common/evidence';
import { ReadsById } from '../common/grouped-read';
import { asksForEvidence } from '../common/selection';
import { Entity } from '../entity/entity.type';
import { sponsors, votes, type VoteRow } from './resolution.repository';
import { Resolution, Tally } from './resolution.type';
import { Vote } from './vote.type';

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Query(() => [Resolution], { description: `Every resolution (at most ${MAX_PAGE}).` })
  async resolutions(@Ctx() { repositories }: RequestContext): Promise<EntityRow[]> {
    return repositories.entities.ofKind(EntityKind.RESOLUTION, MAX_PAGE);
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

@Resolver(() => Vote)
export class VoteResolver {
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
