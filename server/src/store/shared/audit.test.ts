/** The shared audit helpers: item merging per entity, entry ids, cursors, input checks. */
import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.js';
import type { Change } from '../port.js';
import {
  auditEntry,
  changeAuditItems,
  checkAuditInput,
  checkAuditQuery,
  compareAuditEntries,
  newAuditId,
} from './audit.js';
import type { ExistingState } from './change-plan.js';
import { encodeKeyCursor } from './keyset-cursor.js';

const existing: ExistingState = {
  nodes: new Map([['per-1', { label: 'Person', version: 3 }]]),
  relationships: new Map(),
};

describe('changeAuditItems', () => {
  it('merges the changes of one entity into one item', () => {
    const changes: Change[] = [
      {
        op: 'createNode',
        label: 'Topic',
        id: 'top-1',
        properties: { name: 'A' },
      },
      { op: 'updateNode', id: 'top-1', properties: { description: 'B' } },
      { op: 'updateNode', id: 'per-1', properties: { name: 'X', location: null } },
      { op: 'deleteNode', id: 'per-1' },
      { op: 'createNode', label: 'Person', id: 'per-1', properties: { name: 'Y' } },
      { op: 'createNode', label: 'Topic', id: 'top-2', properties: { name: 'C' } },
      { op: 'deleteNode', id: 'top-2' },
    ];
    const cascaded = new Map([['per-1', [{ type: 'KNOWS' as const, id: 'k-1' }]]]);
    expect(changeAuditItems(changes, existing, cascaded)).toEqual([
      { op: 'create', kind: 'Topic', id: 'top-1', properties: ['name', 'description'] },
      { op: 'delete', kind: 'KNOWS', id: 'k-1', properties: [] },
      { op: 'create', kind: 'Person', id: 'per-1', properties: ['name'] },
      { op: 'delete', kind: 'Topic', id: 'top-2', properties: [] },
    ]);
  });

  it('names set and removed relationship properties', () => {
    const changes: Change[] = [
      { op: 'updateRelationship', type: 'MEMBER_OF', id: 'm-1', properties: { role: null } },
      {
        op: 'updateRelationship',
        type: 'MEMBER_OF',
        id: 'm-1',
        properties: { since: '2020-01-01' },
      },
      { op: 'deleteRelationship', type: 'KNOWS', id: 'm-1' },
    ];
    const items = changeAuditItems(changes, existing, new Map());
    expect(items).toEqual([
      { op: 'update', kind: 'MEMBER_OF', id: 'm-1', properties: ['role', 'since'] },
      { op: 'delete', kind: 'KNOWS', id: 'm-1', properties: [] },
    ]);
    expect(
      auditEntry({ actorId: null, action: 'x' }, new Date().toISOString(), items).entityIds,
    ).toEqual(['m-1']);
  });
});

describe('audit ids and order', () => {
  it('are time-sortable and strictly increasing, even when the clock stands still or steps back', () => {
    const ids = [
      newAuditId('2026-01-01T00:00:00.000Z'),
      newAuditId('2026-01-01T00:00:00.000Z'),
      newAuditId('2025-12-31T23:59:59.000Z'),
      newAuditId('2026-01-01T00:00:00.001Z'),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => /^aud-[0-9a-z]{23}$/.test(id))).toBe(true);
  });

  it('sorts newest first by at, then id', () => {
    const a = { at: '2026-01-02T00:00:00.000Z', id: 'aud-1' };
    const b = { at: '2026-01-01T00:00:00.000Z', id: 'aud-9' };
    const c = { at: '2026-01-01T00:00:00.000Z', id: 'aud-2' };
    expect([c, a, b].sort(compareAuditEntries)).toEqual([a, b, c]);
  });
});

describe('checks', () => {
  const code = (run: () => unknown): string | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return isStoreError(error) ? error.code : String(error);
    }
  };

  it('accepts good audit input and rejects bad', () => {
    expect(code(() => checkAuditInput(undefined))).toBeUndefined();
    expect(
      code(() => checkAuditInput({ actorId: null, action: 'import.apply', note: 'ok' })),
    ).toBeUndefined();
    expect(code(() => checkAuditInput({ actorId: 'acc 1', action: 'x' }))).toBe('VALIDATION');
    expect(code(() => checkAuditInput({ actorId: null, action: '1x' }))).toBe('VALIDATION');
    expect(code(() => checkAuditInput({ actorId: null, action: 'x', note: 'a\u0000' }))).toBe(
      'VALIDATION',
    );
  });

  it('decodes keyset cursors and refuses foreign ones', () => {
    const after = encodeKeyCursor(['2026-01-01T00:00:00.000Z', 'aud-1']);
    expect(checkAuditQuery({ first: 5, after })).toEqual({
      at: '2026-01-01T00:00:00.000Z',
      id: 'aud-1',
    });
    expect(checkAuditQuery({ first: 5 })).toBeUndefined();
    expect(code(() => checkAuditQuery({ first: 5, after: encodeKeyCursor(['x']) }))).toBe(
      'VALIDATION',
    );
    expect(code(() => checkAuditQuery({ first: 5, after: 'bzox' }))).toBe('VALIDATION');
  });
});
