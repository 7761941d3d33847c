// Place.locatedIn.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { ReadsById } from '../common/grouped-read';
import { entityDetails } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { Place } from './place.type';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The place or country it lies in (or is the capital of).' })
  @ReadsById(entityDetails)
  async locatedIn(@Root() place: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    const locatedInId = (await loaders.one(entityDetails, place.id))?.locatedInId;
    return locatedInId ? loaders.entity(locatedInId) : null;
  }
}
