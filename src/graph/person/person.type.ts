// A person and the offices the articles give them.
import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type';

@ObjectType({ implements: Entity, description: 'A person.' })
export class Person extends Entity {}

@ObjectType({ description: "A person's office: a title, of an organization or country." })
export class Role {
  @Field(() => String)
  title!: string;
}
