// Query.path and Query.neighborhood, and the fields of Relation.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { readEvidence } from '../../model';
import type { RequestContext } from '../../context';
import { NotFoundError } from '../../errors';
import { BoundedInt } from '../common/arguments';
import { Evidence } from '../common/evidence';
import { selectedFieldNames } from '../common/selection';
import { propertiesForFields } from '../entity/entity.repository';
import type { RelationRow, SubgraphRows, TraversalRepository, TraversalSelection } from './traversal.repository';
import { Path, Relation, Subgraph } from './traversal.type';

const MAX_HOPS = 6;
const MAX_DEPTH = 3;
const MAX_NEIGHBORHOOD_NODES = 500;

@ArgsType()
class PathArgs {
  @BoundedInt({ default: 4, min: 1, max: MAX_HOPS })
  maxHops!: number;

  @Field(() => ID)
  to!: string;

  @Field(() => ID)
  from!: string;
}

@ArgsType()
class NeighborhoodArgs {
  @BoundedInt({ default: 100, min: 1, max: MAX_NEIGHBORHOOD_NODES })
  limit!: number;

  @BoundedInt({ default: 1, min: 1, max: MAX_DEPTH })
  depth!: number;

  @Field(() => ID)
  id!: string;
}

@Resolver(() => Relation)
export class TraversalResolver {
  @Query(() => Path, { nullable: true, description: `A shortest path between two entities over every kind of relation, up to maxHops (1 to ${MAX_HOPS}); null when there is none.` })
  async path(@Ctx() { repositories, loaders }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => PathArgs) { from, to, maxHops }: PathArgs): Promise<Path | null> {
    if (from === to) return { length: 0, nodes: [await loaders.entity(from)], relations: [] };
    const found = await repositories.traversals.shortestPath(from, to, maxHops, traversalSelection(info));
    if (found) return { length: found.relations.length, ...found };
    // No row: no path, or an end that does not exist; only now is it worth a query to tell which.
    await requireEntities(repositories.traversals, [from, to]);
    return null;
  }

  @Query(() => Subgraph, { description: `The entities within depth (1 to ${MAX_DEPTH}) relations of one, at most limit (1 to ${MAX_NEIGHBORHOOD_NODES}) including it, and the relations among them.` })
  async neighborhood(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => NeighborhoodArgs) { id, depth, limit }: NeighborhoodArgs): Promise<SubgraphRows> {
    const subgraph = await repositories.traversals.neighborhood(id, depth, limit, traversalSelection(info));
    if (!subgraph) throw new NotFoundError('entity', id);
    return subgraph;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() relation: RelationRow): Evidence[] {
    return readEvidence(relation, `${relation.type} ${relation.from.id} → ${relation.to.id}`);
  }
}

/**
 * What a path's or neighborhood's answer shows. Its nodes carry only the selected properties, so they are not
 * put in the by-id cache (a later full lookup must not find a partial entity); relations point at them instead.
 */
function traversalSelection(info: GraphQLResolveInfo): TraversalSelection {
  const fields = selectedFieldNames(info);
  return { entityProperties: propertiesForFields(fields), relationEvidence: fields.has('evidence') };
}

async function requireEntities(traversals: TraversalRepository, ids: string[]): Promise<void> {
  const [missing] = await traversals.missing(ids);
  if (missing !== undefined) throw new NotFoundError('entity', missing);
}
