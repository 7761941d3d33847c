// Who is asking, and may they: the one place a request's API key is checked and its rate counted. A request
// with a key in force is its key's (name, role, quota); without a key it is the anonymous role's, counted by
// address, unless ANONYMOUS_ACCESS=false; any other key is refused 401 before any work is done.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import { ErrorCode, errorBody } from '../errors';
import { writeJson } from '../http/graphql-handler';
import { clientOfAddress, WINDOW_MS, type RateCounter } from '../http/rate-limit';
import type { KeyTable } from './api-keys';
import type { Role } from './roles';

export interface Caller {
  /** The key's name, or the anonymous role's name: logged, and labelled in metrics; never the key itself. */
  name: string;
  role: Role;
  /** Requests a minute: the key's own quota, else its role's. */
  perMinute: number;
  /** What the rate limit counts by: the key's id, or the address. */
  client: string;
  /** Requests left in this minute after this one. */
  remaining: number;
}

interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
}

const isRefusal = (found: Caller | Refusal): found is Refusal => 'code' in found;

export class AccessGate {
  constructor(
    private readonly config: Config,
    /** The roles by name (roleTable). */
    private readonly roles: ReadonlyMap<string, Role>,
    private readonly keys: KeyTable,
    private readonly counter: RateCounter,
    private readonly onRefusal: (code: ErrorCode) => void,
  ) {}

  /**
   * The request's caller once admitted and counted, with its RateLimit headers set; undefined when it has been
   * refused (401, 403 or 429, answered here).
   */
  async admit(request: IncomingMessage, response: ServerResponse): Promise<Caller | undefined> {
    const found = this.identify(request);
    if (isRefusal(found)) return void this.refuse(response, found);
    const { count, resetMs } = await this.counter.hit(found.client);
    const resetSeconds = Math.ceil(resetMs / 1000);
    found.remaining = Math.max(0, found.perMinute - count);
    response.setHeader('RateLimit-Policy', `${found.perMinute};w=${WINDOW_MS / 1000}`);
    response.setHeader('RateLimit', `limit=${found.perMinute}, remaining=${found.remaining}, reset=${resetSeconds}`);
    if (count <= found.perMinute) return found;
    response.setHeader('Retry-After', String(resetSeconds));
    this.refuse(response, { status: 429, code: ErrorCode.RateLimited, message: `Too many requests: at most ${found.perMinute} a minute for ${found.name}; retry after the Retry-After header's seconds.` });
    return undefined;
  }

  /** Whether the request may read /metrics (answered 401 or 403 here when not). */
  admitToMetrics(request: IncomingMessage, response: ServerResponse): boolean {
    if (this.config.metricsAccess === 'open') return true;
    const found = this.identify(request);
    if (!isRefusal(found) && found.role.name === this.config.adminRole) return true;
    const refusal = isRefusal(found) ? found : { status: 403, code: ErrorCode.Forbidden, message: `Only keys of the role ${this.config.adminRole} may read /metrics (METRICS_ACCESS=admin).` };
    this.refuse(response, refusal);
    return false;
  }

  private identify(request: IncomingMessage): Caller | Refusal {
    const presented = request.headers['x-api-key'];
    if (presented === undefined) {
      if (!this.config.anonymousAccess) return { status: 401, code: ErrorCode.Unauthenticated, message: 'This service answers only requests with an API key: send it in the X-API-Key header.' };
      const role = this.roles.get(this.config.anonymousRole) as Role;
      return { name: role.name, role, perMinute: role.perMinute, client: clientOfAddress(this.addressOf(request)), remaining: role.perMinute };
    }
    const record = typeof presented === 'string' ? this.keys.verify(presented) : undefined;
    if (!record) return { status: 401, code: ErrorCode.Unauthenticated, message: 'The X-API-Key header holds no key in force (unknown, mistyped or revoked).' };
    const role = this.roles.get(record.role);
    if (!role) return { status: 403, code: ErrorCode.Forbidden, message: `The API key "${record.name}" has the role "${record.role}", which this server does not define (ROLES).` };
    const perMinute = record.perMinute ?? role.perMinute;
    return { name: record.name, role, perMinute, client: `key:${record.id}`, remaining: perMinute };
  }

  /** Behind a trusted balancer, the address it saw (the last of X-Forwarded-For: the ones before it the client may forge). */
  private addressOf(request: IncomingMessage): string {
    const forwarded = this.config.trustProxy ? request.headers['x-forwarded-for'] : undefined;
    const last = typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
    return last || request.socket.remoteAddress || '';
  }

  private refuse(response: ServerResponse, { status, code, message }: Refusal): void {
    this.onRefusal(code);
    if (status === 401) response.setHeader('WWW-Authenticate', 'X-API-Key');
    writeJson(response, status, errorBody(message, code));
  }
}
