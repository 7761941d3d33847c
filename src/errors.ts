// The errors a client can see, each with its `extensions.code`; the one place where codes are decided.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Timeout = 'TIMEOUT',
  DeadlineExceeded = 'DEADLINE_EXCEEDED',
  QueryLimitExceeded = 'QUERY_LIMIT_EXCEEDED',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  BadRequest = 'BAD_REQUEST',
  RateLimited = 'RATE_LIMITED',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  /** A registered-only role asked for an operation that is not registered. */
  OperationNotRegistered = 'OPERATION_NOT_REGISTERED',
  ListTooLong = 'LIST_TOO_LONG',
  /** Apollo's own code for a failure that is ours, not the client's. */
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

abstract class CodedError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends CodedError {
  constructor(what: string, id: string) {
    super(`No ${what} has the id "${id}".`, ErrorCode.NotFound, { id });
  }
}

export class BadUserInputError extends CodedError {
  /** `beforeExecution`: refused while the operation is checked, so the whole answer is a 400, as Apollo's own are. */
  constructor(message: string, argument: string, { beforeExecution = false } = {}) {
    super(message, ErrorCode.BadUserInput, { argument, ...(beforeExecution ? { http: { status: 400 } } : {}) });
  }
}

export class ServiceUnavailableError extends CodedError {
  constructor(reason: string) {
    super(`The graph database is not reachable right now (${reason}); try again shortly.`, ErrorCode.ServiceUnavailable);
  }
}

export class TimeoutError extends CodedError {
  constructor(limitMs: number) {
    super(`The database query took longer than its limit of ${limitMs} ms and was stopped.`, ErrorCode.Timeout, { limitMs });
  }
}

export class DeadlineExceededError extends CodedError {
  constructor(deadlineMs: number) {
    super(`The request took longer than its deadline of ${deadlineMs} ms (REQUEST_DEADLINE_MS) and was stopped.`, ErrorCode.DeadlineExceeded, { deadlineMs });
  }
}

/** A list field past its bound: the answer would be cut, so it is an error that names where to page instead. */
export class ListTooLongError extends CodedError {
  constructor(list: string, id: string, limit: number, instead: string) {
    super(`The ${list} of "${id}" are more than ${limit}, too many for a plain list; ${instead}.`, ErrorCode.ListTooLong, { id, limit });
  }
}

/** An operation over one of the query limits (depth, aliases, tokens, directives, cost), named in `limit`. */
export class QueryLimitError extends CodedError {
  constructor(message: string, limit: string) {
    // Thrown before execution (from a plugin hook), so Apollo would answer 500 unless told it is the client's fault.
    super(message, ErrorCode.QueryLimitExceeded, { limit, http: { status: 400 } });
  }
}

/** The GraphQL error shape, for refusals made before GraphQL sees the request (rate limit, body limits). */
export function errorBody(message: string, code: ErrorCode): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/** graphql-js's ValuesOfCorrectTypeRule, which checks the values written in an operation, words its errors so. */
const INPUT_VALUE_MESSAGES = /is not defined by type "|^Expected value of type "|cannot represent|^Value "[^"]*" does not exist in "|of required type "[^"]+" was not provided/;

/**
 * The last step before an error leaves the server. Limit rejections raised during validation arrive with Apollo's
 * GRAPHQL_VALIDATION_FAILED code and our `limit` extension: they get our code. In production only the message
 * (without graphql-js's suggestions) and the code go out.
 */
export function formatError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const extensions = { ...formatted.extensions };
  // graphql-js's parser enforces the token limit itself and says so only in its message ("more that", sic).
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] \d+ tokens/.test(formatted.message)) extensions.limit = 'tokens';
  if (typeof extensions.limit === 'string') extensions.code = ErrorCode.QueryLimitExceeded;
  // A bad value written into the operation (an unknown sort field, a misspelt enum) is the same mistake as one
  // passed in a variable, which Apollo already calls BAD_USER_INPUT: one code for both.
  if (extensions.code === 'GRAPHQL_VALIDATION_FAILED' && INPUT_VALUE_MESSAGES.test(formatted.message)) extensions.code = ErrorCode.BadUserInput;
  // graphql-js suggests field and type names ("Did you mean …?"), which would map a schema whose introspection is off.
  if (production) return { message: formatted.message.replace(/ ?Did you mean .+\?$/, ''), extensions: { code: extensions.code } };
  return { ...formatted, extensions };
}
