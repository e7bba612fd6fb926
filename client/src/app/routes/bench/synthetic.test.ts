import { describe, expect, it } from 'vitest';
import { syntheticView } from './synthetic';

describe('syntheticView', () => {
  it('builds the asked number of nodes and about as many edges, deterministically, with positions', () => {
    const view = syntheticView(1000, 3000);
    const nodes = view.elements.filter((e) => e.group === 'nodes');
    const edges = view.elements.filter((e) => e.group === 'edges');
    expect(nodes).toHaveLength(1000);
    expect(edges.length).toBeGreaterThan(2950);
    expect(view.positions.size).toBe(1000);
    expect(syntheticView(1000, 3000).elements).toEqual(view.elements);
    const ids = new Set(nodes.map((n) => n.data.id));
    expect(
      edges.every((e) => ids.has(String(e.data.source)) && ids.has(String(e.data.target))),
    ).toBe(true);
  });
});
