// Person.roles and the fields of Role.
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { asksForEvidence } from '../common/selection';
import { Evidence, evidenceList } from '../common/evidence';
import type { EntityRow, RoleRow } from '../entity/entity.repository';
import { Entity } from '../entity/entity.type';
import { Person, Role } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role])
  roles(@Root() person: EntityRow, @Ctx() { loaders }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<RoleRow[]> {
    return loaders.roles(asksForEvidence(info)).load(person.id);
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Entity, { nullable: true })
  of(@Root() role: RoleRow, @Ctx() { loaders }: RequestContext): Promise<EntityRow | null> {
    return loaders.entity.load(role.ofId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() role: RoleRow): Evidence[] {
    return evidenceList(role);
  }
}
