// Query.viewer: who the service takes this request's caller to be. Reading it makes the answer the caller's own:
// it is neither cached nor shared (context.shareable).
import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Viewer } from './viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'Who this request is: its API key (by name, never the key), role and limits.' })
  viewer(@Ctx() context: RequestContext): Viewer {
    context.shareable = false;
    const { caller } = context;
    if (!caller) throw new Error('A request reached the viewer without passing the access gate.');
    const { role } = caller;
    return {
      name: caller.name,
      role: role.name,
      limits: { perMinute: caller.perMinute, remaining: caller.remaining, cost: role.cost, depth: role.depth, aliases: role.aliases, registeredOnly: role.registeredOnly },
    };
  }
}
