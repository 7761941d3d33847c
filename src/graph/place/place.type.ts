// A city, region or territory.
import { ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type';

@ObjectType({ implements: Entity, description: 'A city, region or territory.' })
export class Place extends Entity {}
