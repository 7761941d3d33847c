// Place.locatedIn.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { EntityRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { Place } from './place.type';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The place or country it lies in (or is the capital of).' })
  async locatedIn(@Root() place: EntityRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    const locatedInId = (await loaders.entityDetails.load(place.id))?.locatedInId;
    return locatedInId ? loaders.entity.load(locatedInId) : null;
  }
}
