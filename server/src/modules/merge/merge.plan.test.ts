import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../../store/port.js';
import { planMerge } from './merge.plan.js';

const STAMP = '2026-01-01T00:00:00.000Z';
const node = (id: string, version: number, properties: GraphNode['properties']): GraphNode => ({
  id,
  label: 'Institution',
  version,
  createdAt: STAMP,
  updatedAt: STAMP,
  properties,
});
const rel = (
  id: string,
  type: GraphRelationship['type'],
  from: string,
  to: string,
  properties: GraphRelationship['properties'] = {},
): GraphRelationship => ({
  id,
  type,
  from,
  to,
  version: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
  properties,
});

const keep = node('ins-a', 3, {
  name: 'BUND Ortsgruppe Zittau',
  kind: 'association',
  sector: 'civil_society',
});
const remove = node('ins-b', 2, {
  name: 'BUND-Ortsgruppe Zittau e.V.',
  kind: 'association',
  sector: 'civil_society',
  url: 'https://bund-zittau.de',
});

function plan(takeProperties: string[] = []) {
  let n = 0;
  return planMerge({
    keep,
    remove,
    keepRelationships: [
      rel('li-1', 'LOCATED_IN', 'ins-a', 'reg-zittau'),
      rel('wo-1', 'WORKS_ON', 'ins-a', 'top-energy'),
      rel('co-1', 'COOPERATES_WITH', 'ins-a', 'ins-x', { kind: 'project', from: '2024-01-01' }),
      rel('co-9', 'COOPERATES_WITH', 'ins-a', 'ins-b', { kind: 'project' }),
    ],
    removeRelationships: [
      rel('li-2', 'LOCATED_IN', 'ins-b', 'reg-olbersdorf'),
      rel('wo-2', 'WORKS_ON', 'ins-b', 'top-energy'),
      rel('wo-3', 'WORKS_ON', 'ins-b', 'top-water'),
      // The same cooperation stored from the other end: a duplicate of co-1.
      rel('co-2', 'COOPERATES_WITH', 'ins-x', 'ins-b', { from: '2024-01-01', kind: 'project' }),
      rel('co-3', 'COOPERATES_WITH', 'ins-y', 'ins-b', { kind: 'exchange' }),
      rel('co-9', 'COOPERATES_WITH', 'ins-a', 'ins-b', { kind: 'project' }),
      rel('mo-1', 'MEMBER_OF', 'per-hidden', 'ins-b', { role: 'Vorstand' }),
    ],
    takeProperties,
    newRelationshipId: () => `rel-new-${++n}`,
  });
}

describe('planMerge', () => {
  it('moves what is new, skips duplicates, the tie between the two and a second location', () => {
    const result = plan();
    expect(result).toMatchObject({ moved: 3, skipped: 4, takenProperties: ['url'] });
    expect(result.changes).toEqual([
      {
        op: 'updateNode',
        id: 'ins-a',
        properties: { url: 'https://bund-zittau.de' },
        expectedVersion: 3,
      },
      { op: 'deleteNode', id: 'ins-b', expectedVersion: 2 },
      {
        op: 'createRelationship',
        type: 'COOPERATES_WITH',
        id: 'rel-new-1',
        from: 'ins-y',
        to: 'ins-a',
        properties: { kind: 'exchange' },
      },
      {
        op: 'createRelationship',
        type: 'MEMBER_OF',
        id: 'rel-new-2',
        from: 'per-hidden',
        to: 'ins-a',
        properties: { role: 'Vorstand' },
      },
      {
        op: 'createRelationship',
        type: 'WORKS_ON',
        id: 'rel-new-3',
        from: 'ins-a',
        to: 'top-water',
        properties: {},
      },
    ]);
  });

  it('takes the chosen properties from the removed entry even where the kept one has them', () => {
    const result = plan(['name']);
    expect(result.takenProperties).toEqual(['name', 'url']);
    expect(result.changes.find((c) => c.op === 'updateNode')).toMatchObject({
      properties: { name: 'BUND-Ortsgruppe Zittau e.V.', url: 'https://bund-zittau.de' },
    });
  });
});
