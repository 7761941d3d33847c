// A vote cast on a resolution.
import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { VotePosition } from '../common/enums';

@ObjectType({ simpleResolvers: true, description: "A named voter's position on a resolution." })
export class Vote {
  @Field(() => VotePosition)
  position!: VotePosition;

  @Field(() => Boolean)
  veto!: boolean;
}

export const VoteConnection = Connection(Vote, 'Vote');
