import { describe, expect, it } from 'vitest';
import { classifyDatabaseFault, DatabaseUnavailableError } from './database-faults.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('classifyDatabaseFault', () => {
  it.each([
    ['PostgreSQL admin shutdown (restart, failover, pg_terminate_backend)', withCode('57P01'), 'unavailable'],
    ['PostgreSQL starting up', withCode('57P03'), 'unavailable'],
    ['PostgreSQL connection failure', withCode('08006'), 'unavailable'],
    ['too many connections', withCode('53300'), 'unavailable'],
    ['PostgreSQL disk full', withCode('53100'), 'storage_full'],
    ['a refused socket', withCode('ECONNREFUSED'), 'unavailable'],
    ['a reset socket', withCode('ECONNRESET'), 'unavailable'],
    ['a connection pg saw end', new Error('Connection terminated unexpectedly'), 'unavailable'],
    [
      'a client that broke earlier',
      new Error('Client has encountered a connection error and is not queryable'),
      'unavailable',
    ],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect'), 'unavailable'],
    [
      'any failed connect',
      new DatabaseUnavailableError(withCode('55000', 'not accepting connections')),
      'unavailable',
    ],
    ['SQLite full', withCode('SQLITE_FULL'), 'storage_full'],
    ['SQLite busy past the timeout', withCode('SQLITE_BUSY'), 'unavailable'],
    ['SQLite I/O error', withCode('SQLITE_IOERR_WRITE'), 'unavailable'],
    ['SQLite on a read-only file system', withCode('SQLITE_READONLY'), 'unavailable'],
  ] as const)('%s is %s', (_name, error, fault) => {
    expect(classifyDatabaseFault(error)).toBe(fault);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a SQLite constraint', withCode('SQLITE_CONSTRAINT_PRIMARYKEY')],
    ['a plain bug', new TypeError('x is undefined')],
    ['a string', 'nope'],
  ] as const)('%s is not a database fault', (_name, error) => {
    expect(classifyDatabaseFault(error)).toBeUndefined();
  });
});
