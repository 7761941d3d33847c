// A person and the offices the articles give them.
import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type';

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A person.' })
export class Person extends Entity {}

@ObjectType({ simpleResolvers: true, description: "A person's office: a title, of an organization or country." })
export class Role {
  @Field(() => String, { description: 'In the words of the articles that give it.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "Set where the title is wrong: what the register knows instead. The article's words stay that article's version, never a fact.",
  })
  contradiction!: string | null;
}
