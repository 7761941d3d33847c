// A figure an article gives: people killed, population, votes, the ordinal of a visit, a percentage…
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: 'A figure an article gives, as a plain number with its unit and qualifier.' })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  measure!: string;

  @Field(() => Float, { description: '2.3 million is 2300000; 70 percent is 70 with unit "%".' })
  value!: number;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: '"at least", "more than", "roughly"…' })
  qualifier!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Set where the figure is false: what the graph knows instead. The article's words stay that article's claim.",
  })
  contradiction!: string | null;
}

export const ClaimConnection = Connection(Claim, 'Claim');
