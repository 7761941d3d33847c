// Stance fields.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { readEvidence, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import type { StanceRow } from './stance.repository';
import { Stance } from './stance.type';

@Resolver(() => Stance)
export class StanceResolver {
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
