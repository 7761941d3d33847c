// A city, region or territory.
import { ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type';

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A city, region or territory.' })
export class Place extends Entity {}
