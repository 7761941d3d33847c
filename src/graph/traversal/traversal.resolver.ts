// Query.path and Query.neighborhood, and the fields of Relation.
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { Loaders } from '../../loaders';
import { NotFoundError } from '../../errors';
import { checkRange } from '../common/arguments';
import { Evidence, evidenceList } from '../common/evidence';
import type { EntityRow, RelationRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import type { SubgraphRows } from './traversal.repository';
import { Path, Relation, Subgraph } from './traversal.type';

export const MAX_HOPS = 6;
export const MAX_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 500;

@Resolver(() => Relation)
export class TraversalResolver {
  @Query(() => Path, { nullable: true, description: `A shortest path between two entities over every kind of relation, up to maxHops (1 to ${MAX_HOPS}); null when there is none.` })
  async path(
    @Ctx() { repositories, loaders }: RequestContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number | null,
  ): Promise<Path | null> {
    const hops = checkRange('maxHops', maxHops ?? 4, 1, MAX_HOPS);
    await requireEntities(repositories.traversals, [from, to]);
    if (from === to) return { length: 0, nodes: [(await loaders.entity.load(from)) as EntityRow], relations: [] };
    const found = await repositories.traversals.shortestPath(from, to, hops);
    if (!found) return null;
    primeEntities(loaders, found.nodes);
    return { length: found.relations.length, ...found };
  }

  @Query(() => Subgraph, { description: `The entities within depth (1 to ${MAX_DEPTH}) relations of one, at most limit (1 to ${MAX_NEIGHBORHOOD_NODES}) including it, and the relations among them.` })
  async neighborhood(
    @Ctx() { repositories, loaders }: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number | null,
  ): Promise<SubgraphRows> {
    const levels = checkRange('depth', depth ?? 1, 1, MAX_DEPTH);
    const size = checkRange('limit', limit ?? 100, 1, MAX_NEIGHBORHOOD_NODES);
    await requireEntities(repositories.traversals, [id]);
    const subgraph = await repositories.traversals.neighborhood(id, levels, size);
    primeEntities(loaders, subgraph.nodes);
    return subgraph;
  }

  @FieldResolver(() => Entity)
  async from(@Root() relation: RelationRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(relation.fromId)) as EntityRow;
  }

  @FieldResolver(() => Entity)
  async to(@Root() relation: RelationRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow> {
    return (await loaders.entity.load(relation.toId)) as EntityRow;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() relation: RelationRow): Evidence[] {
    return evidenceList(relation);
  }
}

/** The nodes a traversal returned are whole entities: the relations' from/to need no second lookup. */
function primeEntities(loaders: Loaders, nodes: EntityRow[]): void {
  for (const node of nodes) loaders.entity.prime(node.id, node);
}

async function requireEntities(traversals: { missing(ids: string[]): Promise<string[]> }, ids: string[]): Promise<void> {
  const [missing] = await traversals.missing(ids);
  if (missing !== undefined) throw new NotFoundError('entity', missing);
}
