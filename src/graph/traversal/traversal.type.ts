// Relations between entities and the shapes of traversals (paths, neighborhoods, networks) that a graph widget draws.
import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityRow } from '../../model';
import { RelationType } from '../common/enums';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import { Event } from '../event/event.type';
import type { RelationRow } from './traversal.repository';

@ObjectType({ simpleResolvers: true, description: 'A relationship between two entities, with the words that support it.' })
export class Relation {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Entity)
  from!: EntityRow;

  @Field(() => Entity)
  to!: EntityRow;
}

@ObjectType({ simpleResolvers: true, description: 'One step of a path, in the order the path walks it, with a quote an analyst can cite.' })
export class Hop {
  @Field(() => Entity)
  from!: EntityRow;

  @Field(() => Entity)
  to!: EntityRow;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Boolean, { description: 'Whether the relationship points from `from` to `to` (false: "to PARTICIPATED_IN from").' })
  forward!: boolean;

  @Field(() => Evidence, { nullable: true, description: "The relationship's first quote: article.text.slice(start, end) == quote." })
  evidence!: Evidence | null;
}

@ObjectType({ simpleResolvers: true, description: 'A path: nodes in order, the relation between each pair, and the same steps as hops in walking order.' })
export class Path {
  @Field(() => Int)
  length!: number;

  @Field(() => [Entity])
  nodes!: EntityRow[];

  @Field(() => [Relation], { description: 'Each step as stored (from → to as the graph has it).' })
  relations!: RelationRow[];

  @Field(() => [Hop])
  hops!: Hop[];
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and the relations among them, ready for a graph widget.' })
export class Subgraph {
  @Field(() => [Entity])
  nodes!: EntityRow[];

  @Field(() => [Relation])
  relations!: RelationRow[];
}

@ObjectType({ simpleResolvers: true, description: 'Two entities of a network and what they share.' })
export class NetworkEdge {
  @Field(() => Entity)
  from!: EntityRow;

  @Field(() => Entity)
  to!: EntityRow;

  @Field(() => Int, { description: 'How many entities (events, with the default via) both are linked to.' })
  weight!: number;

  @Field(() => [Event], { description: 'The shared events, earliest first; at most 50 (weight counts them all).' })
  events!: EntityRow[];

  @Field(() => [Entity], { description: 'Everything shared, events or not (a resolution both VOTED on), earliest first; at most 50.' })
  through!: EntityRow[];
}

@ObjectType({ simpleResolvers: true, description: 'Who shares what with whom among a set of entities: nodes and weighted edges for a graph widget.' })
export class Network {
  @Field(() => [Entity])
  nodes!: EntityRow[];

  @Field(() => [NetworkEdge], { description: 'Heaviest first; only pairs that share something.' })
  edges!: NetworkEdge[];
}
