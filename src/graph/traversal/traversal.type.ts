// Relations between entities and the shapes of traversals (paths, neighborhoods) that a graph widget draws.
import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityRow } from '../../model';
import { Entity } from '../entity/entity.type';
import type { RelationRow } from './traversal.repository';

@ObjectType({ description: 'A relationship between two entities, with the words that support it.' })
export class Relation {
  @Field(() => String, { description: 'PARTICIPATED_IN, LOCATED_IN, VOTED, SUPPORTS, SPOKE_ABOUT, …' })
  type!: string;

  @Field(() => Entity)
  from!: EntityRow;

  @Field(() => Entity)
  to!: EntityRow;
}

@ObjectType({ description: 'A shortest path: nodes in order, and the relation between each pair.' })
export class Path {
  @Field(() => Int)
  length!: number;

  @Field(() => [Entity])
  nodes!: EntityRow[];

  @Field(() => [Relation])
  relations!: RelationRow[];
}

@ObjectType({ description: 'Nodes and the relations among them, ready for a graph widget.' })
export class Subgraph {
  @Field(() => [Entity])
  nodes!: EntityRow[];

  @Field(() => [Relation])
  relations!: RelationRow[];
}
