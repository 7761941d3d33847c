// The roles of ROLES with their ceilings resolved: what a role does not set is the global setting.
import type { Config } from '../config';

export interface Role {
  name: string;
  /** Requests a minute per client (a key's own quota replaces it). */
  perMinute: number;
  cost: number;
  depth: number;
  aliases: number;
  /** Only registered operations may run (schema/examples.graphql, REGISTERED_OPERATIONS_FILE). */
  registeredOnly: boolean;
}

export function roleTable(config: Config): Map<string, Role> {
  return new Map(
    config.roles.map((spec) => [
      spec.name,
      {
        name: spec.name,
        perMinute: spec.perMinute ?? config.rateLimitPerMinute,
        cost: spec.cost ?? config.queryMaxCost,
        depth: spec.depth ?? config.queryMaxDepth,
        aliases: spec.aliases ?? config.queryMaxAliases,
        registeredOnly: spec.registeredOnly ?? false,
      },
    ]),
  );
}
