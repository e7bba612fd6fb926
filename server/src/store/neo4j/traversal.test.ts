/** The neighbourhood's level-by-level orchestration against a scripted transaction (see test-support/store/neo4j-scripted-tx.ts). */
import { describe, expect, it } from 'vitest';
import { personNode, scriptedTx } from '../../../test-support/store/neo4j-scripted-tx.js';
import { neighbourhood } from './traversal.js';

describe('neighbourhood', () => {
  it('expands level by level and stops, truncated, when a level overflows the limit', async () => {
    const tx = scriptedTx((statement, params) => {
      if (statement.name === 'neighbourhoodStart') return [{ n: personNode('a') }];
      if (statement.name === 'neighbourhoodStep') {
        expect(params.frontier).toEqual(['a']);
        return ['b', 'c', 'd'].map((id) => ({ n: personNode(id) }));
      }
      return [];
    });
    const result = await neighbourhood(tx, { ids: ['a'], depth: 2, limit: 3 });
    expect(result.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(result.truncated).toBe(true);
    expect(tx.calls.map((c) => c.name)).toEqual([
      'neighbourhoodStart',
      'neighbourhoodStep',
      'relationshipsAmong',
    ]);
    expect(Number(tx.calls[1]?.params.limit)).toBe(3);
  });

  it('runs the dated statements, with the date, only when activeOn is given', async () => {
    const tx = scriptedTx((statement) => {
      if (statement.name === 'neighbourhoodStart') return [{ n: personNode('a') }];
      if (statement.name === 'neighbourhoodStepActiveOn') return [{ n: personNode('b') }];
      return [];
    });
    const result = await neighbourhood(tx, {
      ids: ['a'],
      depth: 1,
      limit: 10,
      activeOn: '2024-05-31',
    });
    expect(result.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(tx.calls.map((c) => [c.name, c.params.activeOn])).toEqual([
      ['neighbourhoodStart', undefined],
      ['neighbourhoodStepActiveOn', '2024-05-31'],
      ['relationshipsAmongActiveOn', '2024-05-31'],
    ]);
  });
});
