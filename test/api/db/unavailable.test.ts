import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../../api/db/unavailable.ts';

const fault = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['PostgreSQL refusing connections', fault('ECONNREFUSED')],
    ['PostgreSQL shutting down (57P01)', fault('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up (57P03)', fault('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', fault('08006')],
    ['too many connections (53300)', fault('53300')],
    ['the pool waiting too long for a connection', new Error('timeout exceeded when trying to connect')],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['a transaction rolled back on a connection already cut', new Error('Client has encountered a connection error and is not queryable')],
    ['a refused connection to each of several addresses', new AggregateError([fault('ECONNREFUSED'), fault('ECONNREFUSED')])],
    ['SQLite locked past its busy timeout', fault('SQLITE_BUSY', 'database is locked')],
    ['SQLite failing to write its file', fault('SQLITE_IOERR_WRITE', 'disk I/O error')],
    ['any of these as the cause of another error', new Error('wrapped', { cause: fault('ECONNRESET') })],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', fault('23505')],
    ['a SQLite constraint', fault('SQLITE_CONSTRAINT_UNIQUE')],
    ['a syntax error', fault('42601')],
    ['a plain error', new Error('something else')],
    ['not an error at all', undefined],
  ])('is false for %s, which must not be answered as if a retry would help', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
