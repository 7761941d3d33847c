// A stance: an entity supports or opposes an event, a resolution or a proposal.
import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { StancePosition } from '../common/enums';

@ObjectType({ simpleResolvers: true, description: 'An entity supports or opposes an event, a resolution or a proposal.' })
export class Stance {
  @Field(() => StancePosition)
  position!: StancePosition;
}

export const StanceConnection = Connection(Stance, 'Stance');
