// Relay connections (edges, pageInfo, totalCount) with keyset cursors, and the arguments every list takes:
// where, sort, first/after, last/before. The reading itself is common/list.ts.
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { BoundedInt, MAX_PAGE } from './arguments';
import type { PageWants } from './list';
import { asksForEvidence, childSelections, selectedFieldNames } from './selection';

/** A page of a connection: `first` items after the cursor `after`, or `last` items before `before`. */
@ArgsType()
export class PageArgs {
  @BoundedInt({ default: 20, min: 0, max: MAX_PAGE }, `Items after \`after\`; at most ${MAX_PAGE}, 20 when neither first nor last is given.`, { inSchema: false })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @BoundedInt({ default: 20, min: 0, max: MAX_PAGE }, `Items before \`before\` (the last ones when no cursor); at most ${MAX_PAGE}.`, { inSchema: false })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

/** The arguments of a list with a where input `W` and a sort input `S`: `sort` is a list of one-field orders. */
export function ListArgs<W extends object, S extends object>(where: ClassType<W>, sort: ClassType<S>) {
  @ArgsType()
  class ListArgsType extends PageArgs {
    @Field(() => where, { nullable: true })
    where?: W | null;

    @Field(() => [sort], { nullable: true, description: 'Orders in turn, each naming one field: [{ date: ASC }, { name: DESC }]. Ties end by id.' })
    sort?: S[] | null;
  }
  return ListArgsType;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A connection type for `node`: NameConnection { edges { cursor node } pageInfo totalCount }. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Every item that passes the filter, however many pages they make (counted, not read).' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** What the answer selects of the connection being resolved. */
export function pageWants(info: GraphQLResolveInfo): PageWants {
  const children = new Set(childSelections(info).map((child) => child.fieldName));
  return { totalCount: children.has('totalCount'), pageInfo: children.has('pageInfo'), evidence: asksForEvidence(info), selected: selectedFieldNames(info) };
}
