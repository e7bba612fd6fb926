import type { RelationshipType } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import type { GraphRelationship, Properties } from '../port.js';
import { activeOn } from './active-on.js';

const rel = (type: RelationshipType, properties: Properties): GraphRelationship => ({
  ...{ id: 'r-1', type, from: 'a', to: 'b', properties },
  ...{ version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
});

describe('activeOn', () => {
  const on = activeOn('2024-03-15');

  it('keeps a cooperation from its first to its last day, both included', () => {
    const coop = (from: string, until?: string): GraphRelationship =>
      rel('COOPERATES_WITH', { kind: 'project', from, ...(until ? { until } : {}) });
    expect(on(coop('2024-03-15'))).toBe(true);
    expect(on(coop('2024-03-16'))).toBe(false);
    expect(on(coop('2020-01-01', '2024-03-15'))).toBe(true);
    expect(on(coop('2020-01-01', '2024-03-14'))).toBe(false);
    expect(on(coop('2020-01-01'))).toBe(true);
  });

  it('reads `since` as the begin of the other dated types, and keeps undated relationships', () => {
    expect(on(rel('KNOWS', { since: '2024-03-16' }))).toBe(false);
    expect(on(rel('MEMBER_OF', { role: 'Vorstand', since: '2024-01-01' }))).toBe(true);
    expect(on(rel('MEMBER_OF_NETWORK', { role: 'member' }))).toBe(true);
    expect(on(rel('KNOWS', {}))).toBe(true);
    expect(on(rel('LOCATED_IN', {}))).toBe(true);
  });

  it('reads only the dates graph-schema names for the type', () => {
    // `until` means nothing on KNOWS (not a property of it), `since` nothing on COOPERATES_WITH.
    expect(on(rel('KNOWS', { until: '2000-01-01' }))).toBe(true);
    expect(
      on(rel('COOPERATES_WITH', { kind: 'project', from: '2020-01-01', since: '2030-01-01' })),
    ).toBe(true);
  });
});
