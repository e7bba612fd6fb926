import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import type { Change } from '../port.js';
import {
  checkChangesAgainstState,
  checkChangesStatically,
  checkUpsertAgainstState,
  checkUpsertStatically,
  referencesOf,
  relationshipKey,
} from './change-plan.js';
import type { ExistingState } from './change-plan.js';

const school = { name: 'Oberschule Zittau', kind: 'school', sector: 'education' };
const firm = { name: 'Solar GmbH', kind: 'business', sector: 'business' };
const coop = { kind: 'project', from: '2021-05-01' };

const empty: ExistingState = { nodes: new Map(), relationships: new Map() };
const existing: ExistingState = {
  nodes: new Map([
    ['ins-1', { label: 'Institution', version: 2 }],
    ['per-1', { label: 'Person', version: 1 }],
  ]),
  relationships: new Map([
    [
      relationshipKey({ type: 'MEMBER_OF', id: 'rel-1' }),
      { type: 'MEMBER_OF', from: 'per-1', to: 'ins-1', version: 1 },
    ],
  ]),
};

function codeOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  return undefined;
}

describe('checkChangesStatically', () => {
  it('rejects empty batches and reports every invalid change', () => {
    expect(codeOf(() => checkChangesStatically([]))).toBe('VALIDATION');
    try {
      checkChangesStatically([
        { op: 'createNode', label: 'Institution', id: 'bad id', properties: { name: 'x' } },
        {
          op: 'createRelationship',
          type: 'KNOWS',
          id: 'k-1',
          from: 'per-1',
          to: 'per-1',
          properties: {},
        },
      ]);
    } catch (error) {
      const paths = (error as StoreError).issues.map((issue) => issue.path);
      expect(paths).toEqual(
        expect.arrayContaining(['changes[0].id', 'changes[0].properties.kind', 'changes[1].to']),
      );
    }
  });
});

describe('checkChangesAgainstState', () => {
  it('accepts a node and a relationship created together', () => {
    const changes: Change[] = [
      { op: 'createNode', label: 'Institution', id: 'ins-2', properties: firm },
      {
        op: 'createRelationship',
        type: 'COOPERATES_WITH',
        id: 'c-1',
        from: 'ins-1',
        to: 'ins-2',
        properties: coop,
      },
    ];
    checkChangesStatically(changes);
    expect(referencesOf(changes).nodeIds.sort()).toEqual(['ins-1', 'ins-2']);
    expect(codeOf(() => checkChangesAgainstState(changes, existing))).toBeUndefined();
  });

  it('reports duplicates, missing nodes, stale versions and wrong endpoints', () => {
    const create: Change = {
      op: 'createNode',
      label: 'Institution',
      id: 'ins-1',
      properties: school,
    };
    expect(codeOf(() => checkChangesAgainstState([create], existing))).toBe('DUPLICATE_ID');
    expect(
      codeOf(() => checkChangesAgainstState([{ op: 'deleteNode', id: 'ins-9' }], existing)),
    ).toBe('NOT_FOUND');
    const stale: Change = {
      op: 'updateNode',
      id: 'ins-1',
      properties: { name: 'Neu' },
      expectedVersion: 1,
    };
    expect(codeOf(() => checkChangesAgainstState([stale], existing))).toBe('CONFLICT');
    const wrong: Change = {
      op: 'createRelationship',
      type: 'COOPERATES_WITH',
      id: 'c-2',
      from: 'per-1',
      to: 'ins-1',
      properties: coop,
    };
    expect(codeOf(() => checkChangesAgainstState([wrong], existing))).toBe('VALIDATION');
  });

  it('validates updates against the label found in the store', () => {
    const update: Change = { op: 'updateNode', id: 'per-1', properties: { sector: 'business' } };
    expect(codeOf(() => checkChangesAgainstState([update], existing))).toBe('VALIDATION');
  });

  it('forgets relationships of a deleted node within the same batch', () => {
    const changes: Change[] = [
      { op: 'deleteNode', id: 'ins-1' },
      {
        op: 'updateRelationship',
        type: 'MEMBER_OF',
        id: 'rel-1',
        properties: { role: 'Vorstand' },
      },
    ];
    expect(codeOf(() => checkChangesAgainstState(changes, existing))).toBe('NOT_FOUND');
  });

  it('counts versions up within a batch', () => {
    const changes: Change[] = [
      { op: 'updateNode', id: 'ins-1', properties: { name: 'A' }, expectedVersion: 2 },
      { op: 'updateNode', id: 'ins-1', properties: { name: 'B' }, expectedVersion: 3 },
    ];
    expect(codeOf(() => checkChangesAgainstState(changes, existing))).toBeUndefined();
  });
});

describe('upsert checks', () => {
  it('needs complete nodes and unique ids in the batch', () => {
    const batch = {
      nodes: [
        { label: 'Institution' as const, id: 'ins-2', properties: firm },
        { label: 'Institution' as const, id: 'ins-2', properties: { name: 'x' } },
      ],
      relationships: [],
    };
    expect(codeOf(() => checkUpsertStatically(batch))).toBe('VALIDATION');
  });

  it('keeps labels and endpoints, and needs endpoints to exist', () => {
    const relabel = {
      nodes: [
        { label: 'Person' as const, id: 'ins-1', properties: { name: 'x', visibility: 'public' } },
      ],
      relationships: [],
    };
    expect(codeOf(() => checkUpsertAgainstState(relabel, existing))).toBe('VALIDATION');
    const dangling = {
      nodes: [],
      relationships: [
        {
          type: 'COOPERATES_WITH' as const,
          id: 'c-9',
          from: 'ins-1',
          to: 'ins-404',
          properties: coop,
        },
      ],
    };
    expect(codeOf(() => checkUpsertAgainstState(dangling, existing))).toBe('NOT_FOUND');
    const inBatch = {
      nodes: [{ label: 'Institution' as const, id: 'ins-404', properties: firm }],
      relationships: dangling.relationships,
    };
    expect(codeOf(() => checkUpsertAgainstState(inBatch, empty))).toBe('NOT_FOUND');
    expect(codeOf(() => checkUpsertAgainstState(inBatch, existing))).toBeUndefined();
  });
});
