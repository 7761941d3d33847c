// A timeline: counts of events per day, week, month or year, every bucket of the range present.
import { Field, Int, ObjectType } from 'type-graphql';
import { Count } from '../stats/stats.type';

@ObjectType({ simpleResolvers: true, description: 'One bucket of a timeline: its days, and the events that start in it.' })
export class TimeBucket {
  @Field(() => String, { description: 'Its first day (ISO); a WEEK starts on Monday.' })
  start!: string;

  @Field(() => String, { description: 'Its last day (ISO).' })
  end!: string;

  @Field(() => Int, { description: 'Events that start in it (each event in one bucket only: the one of its first day).' })
  count!: number;

  @Field(() => Int, { description: 'Of those, the ones whose date runs past the bucket (a month-precise event in a DAY bucket): shown on their first day, but not known to be of it.' })
  spanning!: number;

  @Field(() => [Count])
  byStatus!: Count[];

  @Field(() => [Count])
  byType!: Count[];
}
