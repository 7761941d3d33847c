// The grouped counts of a list as GraphQL shows them: `<list>Aggregate(where) { count groupBy(by, bucket, first,
// sort, having) }`. One factory makes the aggregate type of each list from its ListSpec and its group keys, so
// every list counts and groups the same way (common/groups.ts reads them).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Float, Info, InputType, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { BoundedInt, MAX_LIST_ITEMS } from './arguments';
import { Bucket, graphqlEnum, SortDirection } from './enums';
import { IntFilter } from './filters';
import type { GroupKey, GroupOrder, GroupRow, NumberStats } from './groups';
import type { ListSpec } from './list';
import type { Composable } from './where';
import { selectedFieldNames } from './selection';
import { Entity } from '../entity/entity.type';

export const GroupOrderEnum = graphqlEnum<GroupOrder>('GroupOrder', ['COUNT', 'KEY'], 'Order groups by their count, or by their keys in turn.');

@InputType({ description: 'How groups are ordered: by count (largest first by default) or by key.' })
export class GroupSort {
  @Field(() => GroupOrderEnum, { nullable: true, defaultValue: 'COUNT' })
  by?: GroupOrder | null;

  @Field(() => SortDirection, { nullable: true, defaultValue: 'DESC' })
  direction?: SortDirection | null;
}

// GroupKey in the schema; the TypeScript name keeps it apart from groups.ts's GroupKey (a key's Cypher).
@ObjectType('GroupKey', { simpleResolvers: true, description: "One key of a group: the field grouped by and this group's value of it." })
export class GroupKeyValue {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value, as a string (an id, a type, the first day of a date bucket); null for rows without one.' })
  value!: string | null;

  entityId!: string | null;
}

@Resolver(() => GroupKeyValue)
export class GroupKeyResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'Set when the key is an entity (a participant, a speaker, a place, a holder…).' })
  entity(@Root() key: GroupKeyValue, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    return key.entityId ? loaders.findEntity(key.entityId) : Promise.resolve(null);
  }
}

@ObjectType({ simpleResolvers: true, description: 'Aggregates of a number over a group.' })
export class NumberAggregate implements NumberStats {
  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field(() => Float, { nullable: true })
  sum!: number | null;

  @Field(() => Float, { nullable: true })
  avg!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A group of a grouped count: its keys, and how many fall in it.' })
export class Group {
  @Field(() => [GroupKeyValue])
  keys!: GroupKeyValue[];

  @Field(() => Int)
  count!: number;

  @Field(() => NumberAggregate, { nullable: true, description: "The values of the group's claims aggregated (claims only; null elsewhere)." })
  value?: NumberAggregate | null;
}

/** What an aggregate answer carries down to its fields: the filter. */
export interface AggregateRoot<W> {
  where: W | null | undefined;
}

interface AggregateOptions<W extends Composable<W>, F extends string> {
  /** The GraphQL type's name: EventsAggregate. */
  name: string;
  spec: ListSpec<W, unknown>;
  keys: Record<F, GroupKey>;
  /** A number of each row to aggregate (claims: their value). */
  measured?: string;
}

/** The aggregate type of one list, and the resolver of its fields. */
export function Aggregate<W extends Composable<W>, F extends string>({ name, spec, keys, measured }: AggregateOptions<W, F>) {
  const fields = Object.keys(keys) as F[];
  const GroupField = graphqlEnum(`${name.replace(/Aggregate$/, '').replace(/s$/, '')}GroupField`, fields, `What ${spec.name} can be grouped by.`);

  @ArgsType()
  class GroupByArgs {
    @Field(() => [GroupField])
    by!: F[];

    @Field(() => Bucket, { nullable: true, description: 'The size of a DATE key\'s groups; DAY when not given.' })
    bucket?: Bucket | null;

    @BoundedInt({ default: 20, min: 1, max: MAX_LIST_ITEMS }, `Groups shown, after sort and having; at most ${MAX_LIST_ITEMS}.`)
    first!: number;

    @Field(() => GroupSort, { nullable: true })
    sort?: GroupSort | null;

    @Field(() => IntFilter, { nullable: true, description: 'Keeps the groups whose count passes it.' })
    having?: IntFilter | null;
  }

  @ObjectType(name, { simpleResolvers: true, description: `Counts of ${spec.name} that pass the filter, whole or grouped.` })
  class AggregateType implements AggregateRoot<W> {
    where!: W | null | undefined;
  }

  @Resolver(() => AggregateType)
  class AggregateResolver {
    @FieldResolver(() => Int, { description: 'How many pass the filter.' })
    count(@Root() { where }: AggregateType, @Ctx() { repositories }: RequestContext): Promise<number> {
      return repositories.lists.count(spec, where);
    }

    @FieldResolver(() => [Group], { description: 'The groups, by the keys named; a row with several values of a key (an event\'s participants) counts once in each of its groups.' })
    async groupBy(@Root() { where }: AggregateType, @Args(() => GroupByArgs) request: GroupByArgs, @Ctx() { repositories, loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<GroupRow[]> {
      const groups = await repositories.lists.groups(spec, keys, where, request, measured, selectedFieldNames(info).has('entity'));
      loaders.primeReferences(groups);
      return groups;
    }
  }

  return { AggregateType, AggregateResolver };
}
