// Query.path, paths, neighborhood and network, and the fields of Relation.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { readEvidence } from '../../model';
import type { RequestContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../errors';
import { BoundedInt } from '../common/arguments';
import { EntityKind, EventStatus, RelationType } from '../common/enums';
import { Evidence } from '../common/evidence';
import { DateRange } from '../common/filters';
import { selectedFieldNames } from '../common/selection';
import { propertiesForFields } from '../entity/entity.repository';
import type { RelationRow, SubgraphRows, TraversalRepository, TraversalSelection } from './traversal.repository';
import { Hop, Network, Path, Relation, Subgraph } from './traversal.type';
import type { WalkFilter } from './walk';

const MAX_HOPS = 6;
const MAX_DEPTH = 3;
const MAX_NEIGHBORHOOD_NODES = 500;
const MAX_PATHS = 10;
/** Most entities a network is drawn among: 50 make at most 1,225 edges. */
const MAX_NETWORK_NODES = 50;
/** Most shared entities an edge lists (its weight counts them all). */
const NETWORK_LISTED = 50;
/**
 * SHORTEST k counts paths that differ only in parallel relationships (the United States SUPPORTS and SPONSORED
 * the draft) or that visit an entity twice; distinct ones are fewer. Ask for this many times k, then more once.
 */
const PATH_OVERFETCH = [5, 25];

@ArgsType()
class WalkArgs implements WalkFilter {
  @Field(() => [RelationType], { nullable: true, description: 'Only these kinds of relation; all when absent.' })
  via?: RelationType[] | null;

  @Field(() => [EventStatus], { nullable: true, description: 'Every event passed through, and every participation stepped along, has one of these statuses.' })
  status?: EventStatus[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Every event passed through overlaps these days; undated events are not passed through.' })
  during?: DateRange | null;

  @Field(() => Int, { nullable: true, description: 'Every event passed through is reported by at least this many articles.' })
  minSources?: number | null;
}

@ArgsType()
class PathArgs extends WalkArgs {
  @BoundedInt({ default: 4, min: 1, max: MAX_HOPS })
  maxHops!: number;

  @Field(() => ID)
  to!: string;

  @Field(() => ID)
  from!: string;
}

@ArgsType()
class PathsArgs extends PathArgs {
  @BoundedInt({ default: 3, min: 1, max: MAX_PATHS }, 'How many paths: the k shortest distinct ones.')
  k!: number;
}

@ArgsType()
class NeighborhoodArgs extends WalkArgs {
  @BoundedInt({ default: 100, min: 1, max: MAX_NEIGHBORHOOD_NODES })
  limit!: number;

  @BoundedInt({ default: 1, min: 1, max: MAX_DEPTH })
  depth!: number;

  @Field(() => [EntityKind], { nullable: true, description: 'Only entities of these kinds, and walks through them only (the center is always in).' })
  kinds?: EntityKind[] | null;

  @Field(() => ID)
  id!: string;
}

@ArgsType()
class NetworkArgs {
  @Field(() => [ID], { description: `The entities to draw, 1 to ${MAX_NETWORK_NODES}.` })
  of!: string[];

  @Field(() => [RelationType], { defaultValue: [RelationType.PARTICIPATED_IN], description: 'What links an entity to what it shares: by default, taking part in an event.' })
  via!: RelationType[];

  @Field(() => [EventStatus], { nullable: true, description: 'Only shared events (and participations) of these statuses.' })
  status?: EventStatus[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Only shared events that overlap these days.' })
  during?: DateRange | null;

  @Field(() => Int, { nullable: true, description: 'Only shared events reported by at least this many articles.' })
  minSources?: number | null;
}

@Resolver(() => Relation)
export class TraversalResolver {
  @Query(() => Path, { nullable: true, description: `A shortest path between two entities, up to maxHops (1 to ${MAX_HOPS}), through what the filters allow; null when there is none.` })
  async path(@Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => PathArgs) args: PathArgs): Promise<Path | null> {
    const [path] = await shortestDistinctPaths(context, info, { ...args, k: 1 });
    return path ?? null;
  }

  @Query(() => [Path], { description: `The k (1 to ${MAX_PATHS}) shortest distinct paths between two entities, shortest first: no two pass through the same entities in the same order, none visits an entity twice.` })
  paths(@Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => PathsArgs) args: PathsArgs): Promise<Path[]> {
    return shortestDistinctPaths(context, info, args);
  }

  @Query(() => Subgraph, { description: `The entities within depth (1 to ${MAX_DEPTH}) relations of one, through what the filters allow, at most limit (1 to ${MAX_NEIGHBORHOOD_NODES}) including it, and the relations among them.` })
  async neighborhood(@Ctx() { repositories }: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => NeighborhoodArgs) { id, depth, limit, ...filter }: NeighborhoodArgs): Promise<SubgraphRows> {
    const subgraph = await repositories.traversals.neighborhood(id, depth, limit, filter, traversalSelection(info));
    if (!subgraph) throw new NotFoundError('entity', id);
    return subgraph;
  }

  @Query(() => Network, { description: `Who among the given entities shares events (or, through via, anything else) with whom, weighted by how many; for a graph widget.` })
  async network(@Ctx() { repositories, loaders }: RequestContext, @Args(() => NetworkArgs) { of, ...filter }: NetworkArgs): Promise<Network> {
    const ids = [...new Set(of)];
    if (ids.length === 0 || ids.length > MAX_NETWORK_NODES) {
      throw new BadUserInputError(`Argument "of" must list from 1 to ${MAX_NETWORK_NODES} entities; got ${ids.length}.`, 'of');
    }
    await requireEntities(repositories.traversals, ids);
    const found = await repositories.traversals.network(ids, filter, { edges: (ids.length * (ids.length - 1)) / 2, listed: NETWORK_LISTED });
    const edges = await Promise.all(
      found.map(async ({ fromId, toId, weight, throughIds, events }) => ({ from: await loaders.entity(fromId), to: await loaders.entity(toId), weight, events, through: await loaders.entities(throughIds) })),
    );
    return { nodes: await loaders.entities(ids), edges };
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() relation: RelationRow): Evidence[] {
    return readEvidence(relation, `${relation.type} ${relation.from.id} → ${relation.to.id}`);
  }
}

/** The k shortest paths SHORTEST finds, made distinct by their entities; more are asked for when too few remain. */
async function shortestDistinctPaths({ repositories, loaders }: RequestContext, info: GraphQLResolveInfo, { from, to, k, maxHops, ...filter }: PathsArgs): Promise<Path[]> {
  if (from === to) {
    await requireEntities(repositories.traversals, [from]);
    return [{ length: 0, nodes: [await loaders.entity(from)], relations: [], hops: [] }];
  }
  const selection = traversalSelection(info);
  let distinct: SubgraphRows[] = [];
  // One shortest path never visits an entity twice, and there is nothing to tell it apart from.
  for (const factor of k === 1 ? [1] : PATH_OVERFETCH) {
    const found = await repositories.traversals.shortestPaths(from, to, k * factor, maxHops, filter, selection);
    distinct = distinctPaths(found).slice(0, k);
    if (distinct.length === k || found.length < k * factor) break;
  }
  // None: no path, or an end that does not exist; only now is it worth a query to tell which.
  if (distinct.length === 0) await requireEntities(repositories.traversals, [from, to]);
  return distinct.map((path) => ({ length: path.relations.length, ...path, hops: hopsOf(path) }));
}

/** The first path of each sequence of entities, leaving out those that visit an entity twice. */
function distinctPaths(paths: SubgraphRows[]): SubgraphRows[] {
  const seen = new Set<string>();
  return paths.filter(({ nodes }) => {
    const ids = nodes.map((node) => node.id);
    const key = ids.join('\u0000');
    if (new Set(ids).size !== ids.length || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function hopsOf({ nodes, relations }: SubgraphRows): Hop[] {
  return relations.map((relation, i) => {
    const [evidence] = relation.evQuote ? readEvidence(relation, `${relation.type} ${relation.from.id} → ${relation.to.id}`) : [];
    return { from: nodes[i], to: nodes[i + 1], type: relation.type, forward: relation.from.id === nodes[i].id, evidence: evidence ?? null };
  });
}

/**
 * What a traversal's answer shows. Its nodes carry only the selected properties, so they are not put in the
 * by-id cache (a later full lookup must not find a partial entity); relations point at them instead.
 */
function traversalSelection(info: GraphQLResolveInfo): TraversalSelection {
  const fields = selectedFieldNames(info);
  return { entityProperties: propertiesForFields(fields), relationEvidence: fields.has('evidence') };
}

async function requireEntities(traversals: TraversalRepository, ids: string[]): Promise<void> {
  const [missing] = await traversals.missing(ids);
  if (missing !== undefined) throw new NotFoundError('entity', missing);
}
