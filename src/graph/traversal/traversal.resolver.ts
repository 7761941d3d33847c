// Query.path and Query.neighborhood, and the fields of Relation.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { NotFoundError } from '../../errors';
import { checkRange } from '../common/arguments';
import { Evidence, evidenceList } from '../common/evidence';
import { propertiesForFields, type EntityRow, type RelationRow } from '../entity/entity.repository';
import { selectedFieldNames } from '../common/selection';
import type { SubgraphRows, TraversalSelection } from './traversal.repository';
import { Path, Relation, Subgraph } from './traversal.type';

export const MAX_HOPS = 6;
export const MAX_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 500;

@Resolver(() => Relation)
export class TraversalResolver {
  @Query(() => Path, { nullable: true, description: `A shortest path between two entities over every kind of relation, up to maxHops (1 to ${MAX_HOPS}); null when there is none.` })
  async path(
    @Ctx() { repositories, loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number | null,
  ): Promise<Path | null> {
    const hops = checkRange('maxHops', maxHops ?? 4, 1, MAX_HOPS);
    if (from === to) {
      await requireEntities(repositories.traversals, [from]);
      return { length: 0, nodes: [(await loaders.entity.load(from)) as EntityRow], relations: [] };
    }
    const found = await repositories.traversals.shortestPath(from, to, hops, traversalSelection(info));
    if (found) return { length: found.relations.length, ...found };
    // No row: no path, or an end that does not exist; only now is it worth a query to tell which.
    await requireEntities(repositories.traversals, [from, to]);
    return null;
  }

  @Query(() => Subgraph, { description: `The entities within depth (1 to ${MAX_DEPTH}) relations of one, at most limit (1 to ${MAX_NEIGHBORHOOD_NODES}) including it, and the relations among them.` })
  async neighborhood(
    @Ctx() { repositories }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number | null,
  ): Promise<SubgraphRows> {
    const levels = checkRange('depth', depth ?? 1, 1, MAX_DEPTH);
    const size = checkRange('limit', limit ?? 100, 1, MAX_NEIGHBORHOOD_NODES);
    const subgraph = await repositories.traversals.neighborhood(id, levels, size, traversalSelection(info));
    if (!subgraph) throw new NotFoundError('entity', id);
    return subgraph;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() relation: RelationRow): Evidence[] {
    return evidenceList(relation);
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

async function requireEntities(traversals: { missing(ids: string[]): Promise<string[]> }, ids: string[]): Promise<void> {
  const [missing] = await traversals.missing(ids);
  if (missing !== undefined) throw new NotFoundError('entity', missing);
}
