// A draft or adopted text that is voted on, with its tally.
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { Entity } from '../entity/entity.type';

@ObjectType({ simpleResolvers: true, description: 'The count of a vote.' })
export class Tally {
  @Field(() => Int)
  inFavour!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstentions!: number;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A draft or adopted text that is voted on.' })
export class Resolution extends Entity {
  @Field(() => Boolean, { nullable: true, description: 'Whether it was adopted; null while unknown.' })
  adopted!: boolean | null;
}

export const ResolutionConnection = Connection(Resolution, 'Resolution');
