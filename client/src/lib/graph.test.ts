import { describe, expect, it } from 'vitest';
import { degrees, mergeGraphs } from './graph';

const a = {
  truncated: false,
  nodes: [{ id: 'a' }, { id: 'b' }],
  edges: [{ id: '1', type: 'KNOWS', source: 'a', target: 'b' }],
};
const b = {
  truncated: true,
  nodes: [{ id: 'b' }, { id: 'c' }],
  edges: [
    { id: '1', type: 'KNOWS', source: 'a', target: 'b' },
    { id: '1', type: 'MEMBER_OF', source: 'c', target: 'b' },
    { id: '2', type: 'MEMBER_OF', source: 'c', target: 'x' },
  ],
};

describe('graph helpers', () => {
  it('merges nodes by id and edges by type and id', () => {
    const merged = mergeGraphs([a, b]);
    expect(merged.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(merged.edges).toHaveLength(3);
    expect(merged.truncated).toBe(true);
  });

  it('counts degrees over edges whose ends are present', () => {
    expect(Object.fromEntries(degrees(mergeGraphs([a, b])))).toEqual({ a: 1, b: 2, c: 1 });
  });
});
