// Person.roles and the fields of Role.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { readEvidence, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Evidence, statedIn } from '../common/evidence';
import { ReadsById } from '../common/grouped-read';
import { asksForEvidence } from '../common/selection';
import { Entity } from '../entity/entity.type';
import { roles, type RoleRow } from './person.repository';
import { Person, Role } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role], { description: 'The offices the articles give it; `article` keeps what that article says.' })
  @ReadsById(roles)
  async roles(
    @Root() person: EntityRow,
    @Ctx() { loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('withContradicted', () => Boolean, { defaultValue: false, description: 'Also the titles an article gives that the register knows to be wrong (each with its contradiction).' })
    withContradicted: boolean,
    @Arg('article', () => ID, { nullable: true }) article: string | null,
  ): Promise<RoleRow[]> {
    const found = await loaders.list(roles, Boolean(article) || asksForEvidence(info)).load(person.id);
    return found.filter((role) => (withContradicted || !role.contradiction) && statedIn(role, article));
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Entity, { nullable: true })
  of(@Root() role: RoleRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    return loaders.findEntity(role.ofId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() role: RoleRow): Evidence[] {
    return readEvidence(role, `HOLDS_ROLE ${role.personId} → ${role.ofId} (${role.title})`);
  }
}
