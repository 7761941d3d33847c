// Neo4j driver errors as clients see them: each one the service can name gets its code (src/neo4j/executor.ts).
import { Neo4jError } from 'neo4j-driver';
import { ServiceUnavailableError, TimeoutError } from '../src/errors';
import { translateDriverError } from '../src/neo4j/executor';

/** An error as the driver makes one (its own, without a code, are N/A). */
const newError = (message: string, code = 'N/A') => new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error');

describe('translateDriverError', () => {
  it('names an unreachable database, a pool with no connection to give, and a query past its time', () => {
    expect(translateDriverError(newError('Could not perform discovery.', 'ServiceUnavailable'), 5000)).toBeInstanceOf(ServiceUnavailableError);
    // The pool's timeout carries no code (N/A): it is known by its words.
    expect(translateDriverError(newError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.'), 5000)).toBeInstanceOf(ServiceUnavailableError);
    expect(translateDriverError(newError('The transaction has been terminated.', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 5000)).toBeInstanceOf(TimeoutError);
  });

  it('leaves anything else as it is: a bug of ours, answered INTERNAL_SERVER_ERROR', () => {
    const syntax = newError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(translateDriverError(syntax, 5000)).toBe(syntax);
    const plain = new Error('not from the driver');
    expect(translateDriverError(plain, 5000)).toBe(plain);
  });
});
