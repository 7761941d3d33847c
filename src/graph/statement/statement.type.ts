// A direct quote or reported speech, with its speaker, subjects and place in its article.
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: 'A direct quote or reported speech.' })
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The words as the article gives them.' })
  text!: string;

  @Field(() => Boolean, { description: 'True for a direct quote, false for reported speech.' })
  direct!: boolean;

  @Field(() => String, { nullable: true, description: 'When it was said (ISO, may be partial).' })
  date!: string | null;
}

export const StatementConnection = Connection(Statement, 'Statement');
