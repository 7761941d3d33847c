// The Entity interface and the entity kinds that add nothing to it; the others live in their own folders.
import { type ClassType, Field, Float, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { KIND_LABELS, type EntityRow } from '../../model';
import { EntityKind } from '../common/enums';

/** The GraphQL type of an entity row: its kind's label (Person, Event, …). */
export const entityTypeName = (entity: EntityRow): string => KIND_LABELS[entity.kind];

@InterfaceType({
  description: 'A person, organization, country, place, event or resolution of the graph.',
  resolveType: entityTypeName,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable readable slug, such as antony-blinken.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field(() => [String], { description: 'Every other name the articles use for it (words that only refer to it, such as "the measure", are evidence of a mention, not aliases).' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  wikidataId!: string | null;

  @Field(() => Float, { nullable: true, description: "Its relevance where it comes from `search` (Lucene's score: higher is better); null elsewhere." })
  score?: number | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'An organization, movement, government body or group.' })
export class Organization extends Entity {}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A sovereign state.' })
export class Country extends Entity {}

// The interface is abstract; type-graphql takes it as a field type all the same.
export const EntityConnection = Connection(Entity as unknown as ClassType<Entity>, 'Entity');
