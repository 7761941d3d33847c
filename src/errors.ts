// The errors a client can see, each with its `extensions.code`; the one place where codes are decided.
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Timeout = 'TIMEOUT',
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
  constructor(message: string, argument: string) {
    super(message, ErrorCode.BadUserInput, { argument });
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
