// Stance fields.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Evidence, evidenceList } from '../common/evidence';
import type { EntityRow, StanceRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { Stance } from './stance.type';

@Resolver(() => Stance)
export class StanceResolver {
  @FieldResolver(() => Entity)
  async holder(@Root() stance: StanceRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(stance.holderId)) as EntityRow;
  }

  @FieldResolver(() => Entity)
  async target(@Root() stance: StanceRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(stance.targetId)) as EntityRow;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() stance: StanceRow): Evidence[] {
    return evidenceList(stance);
  }
}
