import { describe, expect, it } from 'vitest';
import type { Account } from '../port.js';
import { SystemState } from './system-state.js';

describe('embedded system state', () => {
  it('reads an account written before entries could be linked or regions chosen as having none', () => {
    const system = new SystemState();
    // The record as an older build journaled it: no actorIds, no regionIds.
    const old = {
      id: 'acc-old',
      email: 'alt@example.org',
      displayName: 'Altes Konto',
      role: 'coordinator',
      passwordHash: 'hash',
      disabled: false,
      version: 3,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    } as unknown as Account;
    system.putAccount(old);
    expect(system.accounts.get('acc-old')).toMatchObject({ actorIds: [], regionIds: [] });
    expect(system.accountIdsByEmail.get('alt@example.org')).toBe('acc-old');
  });
});
