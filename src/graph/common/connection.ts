// Relay connections (edges, pageInfo, totalCount) with opaque offset cursors, and the arguments of a page.
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../../errors';
import { BoundedInt, MAX_PAGE } from './arguments';

/** A page of a connection: `first` items after the cursor `after`. Fields that filter extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => String, { nullable: true })
  after!: string | null;

  @BoundedInt({ default: 20, min: 0, max: MAX_PAGE }, `At most ${MAX_PAGE}.`)
  first!: number;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

const encode = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** The offset a cursor points after; a cursor this API did not hand out is refused. */
export function offsetAfter(after: string | undefined | null): number {
  if (after === undefined || after === null) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!match) throw new BadUserInputError(`Argument "after" is not a cursor from this API: "${after}".`, 'after');
  return Number(match[1]) + 1;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function pageOf<T>(nodes: T[], offset: number, totalCount: number): Page<T> {
  const edges = nodes.map((node, i) => ({ cursor: encode(offset + i), node }));
  return { edges, totalCount, pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A connection type for `node`: NameConnection { edges { cursor node } pageInfo totalCount }. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}
