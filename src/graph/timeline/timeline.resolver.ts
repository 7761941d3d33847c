// Query.timeline: events per bucket of the calendar, over a range or over every dated event that passes the filter.
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { spanOf, spansCovering, type CalendarSpan } from '../../model';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../errors';
import { Bucket, graphqlEnum } from '../common/enums';
import { DateRange } from '../common/filters';
import { checkedRange } from '../common/where';
import { EventWhere } from '../event/event.input';
import type { Count } from '../stats/stats.type';
import type { DatedCount } from './timeline.repository';
import { TimeBucket } from './timeline.type';

/** Most buckets one timeline may have: a year of days, or a century of years. */
export const MAX_BUCKETS = 1000;

export const TimelineOf = graphqlEnum('TimelineOf', ['EVENTS'] as const, 'What a timeline counts.');
export type TimelineOf = keyof typeof TimelineOf;

/** The buckets from the one holding `from` to the one holding `to`; more than MAX_BUCKETS is refused. */
function bucketsOf(from: string, to: string, bucket: Bucket): CalendarSpan[] {
  const spans = spansCovering(from, to, bucket, MAX_BUCKETS);
  if (spans.length > MAX_BUCKETS) {
    throw new BadUserInputError(`Argument "bucket" ${bucket} over ${from}..${to} makes more than ${MAX_BUCKETS} buckets; ask for a coarser bucket or a shorter "during".`, 'bucket');
  }
  return spans;
}

const counted = (counts: Map<string, number>): Count[] => [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));

@Resolver(() => TimeBucket)
export class TimelineResolver {
  @Query(() => [TimeBucket], {
    description: `Events per bucket, every bucket of the range present (zeros included), each event counted once, in the bucket of its first day. Without \`during\`, the range runs from the first dated event that passes the filter to the last. At most ${MAX_BUCKETS} buckets.`,
  })
  async timeline(
    @Ctx() { repositories }: RequestContext,
    @Arg('of', () => TimelineOf, { defaultValue: 'EVENTS' }) _of: TimelineOf,
    @Arg('bucket', () => Bucket, { defaultValue: 'DAY' }) bucket: Bucket,
    @Arg('during', () => DateRange, { nullable: true }) during: DateRange | null | undefined,
    @Arg('where', () => EventWhere, { nullable: true }) where: EventWhere | null | undefined,
  ): Promise<TimeBucket[]> {
    const range = during ? checkedRange(during, 'during') : null;
    // A range is checked before the graph is asked; without one, the dated events found set it.
    const planned = range ? bucketsOf(range.from, range.to, bucket) : null;
    const found = await repositories.timeline.eventStarts(where, range);
    if (!planned && found.length === 0) return [];
    const starts = found.map((row) => row.dateStart).sort();
    const spans = planned ?? bucketsOf(starts[0], starts.at(-1)!, bucket);
    // Each row to the bucket of its first day, once: a row's bucket is found, not searched for.
    const rowsOf = new Map<string, DatedCount[]>(spans.map((span) => [span.start, []]));
    for (const row of found) rowsOf.get(spanOf(row.dateStart, bucket).start)?.push(row);
    return spans.map(({ start, end }) => {
      const inBucket = rowsOf.get(start)!;
      const byStatus = new Map<string, number>();
      const byType = new Map<string, number>();
      for (const row of inBucket) {
        byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.count);
        byType.set(row.type, (byType.get(row.type) ?? 0) + row.count);
      }
      const sum = (rows: DatedCount[]) => rows.reduce((total, row) => total + row.count, 0);
      return { start, end, count: sum(inBucket), spanning: sum(inBucket.filter((row) => row.dateEnd > end)), byStatus: counted(byStatus), byType: counted(byType) };
    });
  }
}
