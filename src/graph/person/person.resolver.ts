// Person.roles and the fields of Role.
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { readEvidence, type EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { Evidence } from '../common/evidence';
import { ReadsById } from '../common/grouped-read';
import { asksForEvidence } from '../common/selection';
import { Entity } from '../entity/entity.type';
import { roles, type RoleRow } from './person.repository';
import { Person, Role } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role])
  @ReadsById(roles)
  roles(@Root() person: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<RoleRow[]> {
    return loaders.list(roles, asksForEvidence(info)).load(person.id);
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
