import { describe, expect, it } from 'vitest';
import { geoPositions, project } from './geo';
import type { NetworkMapGraph } from './graph.fragment';

const dresden = { latitude: 51.05, longitude: 13.74 };
const goerlitz = { latitude: 51.15, longitude: 14.99 };

describe('geographic placement', () => {
  it('projects east to the right and north upwards', () => {
    const p = project(goerlitz, dresden);
    expect(p.x).toBeGreaterThan(0);
    expect(p.y).toBeLessThan(0);
    expect(project(dresden, dresden)).toEqual({ x: 0, y: -0 });
  });

  it('spreads nodes at one place and places unlocated nodes near their neighbours', () => {
    const graph: NetworkMapGraph = {
      truncated: false,
      nodes: [
        { id: 'a', name: 'A', label: 'Institution', sector: 'business', location: dresden },
        { id: 'b', name: 'B', label: 'Institution', sector: 'business', location: dresden },
        { id: 'c', name: 'C', label: 'Person', sector: null, location: goerlitz },
        { id: 't', name: 'T', label: 'Topic', sector: null, location: null },
        { id: 'u', name: 'U', label: 'Topic', sector: null, location: null },
      ],
      edges: [{ id: '1', type: 'WORKS_ON', source: 'c', target: 't' }],
    };
    const positions = geoPositions(graph, [{ id: 'd', name: 'D', location: goerlitz }]);
    expect(positions.get('a')).not.toEqual(positions.get('b'));
    const c = positions.get('c');
    expect(positions.get('t')).toEqual({ x: (c?.x ?? 0) + 20, y: (c?.y ?? 0) + 20 });
    expect(positions.get('u')?.y).toBeGreaterThan(c?.y ?? 0);
    expect(positions.has('d')).toBe(true);
  });
});
