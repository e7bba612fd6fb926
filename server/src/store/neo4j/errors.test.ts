import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import { safeUri, toStoreError } from './errors.js';

const facts = { uri: 'neo4j://db.example:7687', user: 'nzr', database: 'regional' };

function driverError(code: string, message = 'internal details, stack and all'): Error {
  return new neo4j.Neo4jError(message, code, '50N42', 'error: general processing exception');
}

describe('toStoreError', () => {
  it.each([
    [
      neo4j.error.SERVICE_UNAVAILABLE,
      'STORE_UNAVAILABLE',
      'cannot reach Neo4j at neo4j://db.example:7687',
    ],
    [
      neo4j.error.SESSION_EXPIRED,
      'STORE_UNAVAILABLE',
      'cannot reach Neo4j at neo4j://db.example:7687',
    ],
    [
      'Neo.ClientError.Security.Unauthorized',
      'STORE_UNAVAILABLE',
      'Neo4j rejected the credentials for user nzr',
    ],
    [
      'Neo.ClientError.Database.DatabaseNotFound',
      'STORE_UNAVAILABLE',
      'database regional does not exist',
    ],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'DUPLICATE_ID', 'same id'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'CONFLICT', 'concurrent write'],
    [
      'Neo.ClientError.Statement.SyntaxError',
      'STORE_UNAVAILABLE',
      'Neo.ClientError.Statement.SyntaxError',
    ],
  ])('maps %s to %s', (code, storeCode, text) => {
    const mapped = toStoreError(driverError(code), facts, 'search');
    expect(mapped).toBeInstanceOf(StoreError);
    expect(mapped.code).toBe(storeCode);
    expect(mapped.message).toContain(text);
    // The driver's message (which may hold internals) never reaches ours; it stays as the cause for logs.
    expect(mapped.message).not.toContain('internal details');
    expect(mapped.cause).toBeInstanceOf(neo4j.Neo4jError);
  });

  it('passes our own errors through unchanged', () => {
    const own = new StoreError('CONFLICT', 'stale version');
    expect(toStoreError(own, facts, 'write')).toBe(own);
  });

  it('maps unknown errors without leaking their text', () => {
    const mapped = toStoreError(new TypeError('secret at line 3'), facts, 'read nodes');
    expect(mapped.code).toBe('STORE_UNAVAILABLE');
    expect(mapped.message).toBe('Neo4j failed to read nodes');
  });
});

describe('safeUri', () => {
  it('strips user info from an address', () => {
    expect(safeUri('bolt://user:secret@host:7687')).toBe('bolt://host:7687');
    expect(safeUri('neo4j+s://host')).toBe('neo4j+s://host');
  });
});
