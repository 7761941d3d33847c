// Counts for dashboards.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'How many of something.' })
export class Count {
  @Field(() => String, { description: 'The kind, type, status or date counted.' })
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts for a dashboard.' })
export class Stats {
  @Field(() => [Count], { description: 'Entities by kind.' })
  entitiesByKind!: Count[];

  @Field(() => [Count])
  eventsByType!: Count[];

  @Field(() => [Count])
  eventsByStatus!: Count[];

  @Field(() => [Count], { description: 'Events per date, in date order: a timeline.' })
  eventsByDate!: Count[];

  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  claims!: number;
}
