import { describe, expect, it } from 'vitest';
import { SECTOR_COLOURS } from './colours';
import type { NetworkMapGraph } from './graph.fragment';
import { toElements } from './toElements';

const graph: NetworkMapGraph = {
  truncated: false,
  nodes: [
    { id: 'ins-1', name: 'Bürgerenergie Görlitz eG', label: 'Institution', sector: 'business' },
    { id: 'ins-2', name: 'Oberschule Löbau', label: 'Institution', sector: 'education' },
    { id: 'per-1', name: 'Anna Öztürk', label: 'Person', sector: null },
    { id: 'ins-1', name: 'duplicate', label: 'Institution', sector: 'business' },
  ],
  edges: [
    { id: 'e1', type: 'COOPERATES_WITH', source: 'ins-1', target: 'ins-2' },
    { id: 'e1', type: 'MEMBER_OF', source: 'per-1', target: 'ins-1' },
    { id: 'e2', type: 'MEMBER_OF', source: 'per-9', target: 'ins-1' },
  ],
};

describe('toElements', () => {
  const elements = toElements(graph, { focusId: 'ins-1' });
  const nodes = elements.filter((element) => element.group === 'nodes');
  const edges = elements.filter((element) => element.group === 'edges');

  it('makes one node per id, coloured by sector, with the focus marked', () => {
    expect(nodes.map((node) => node.data.id)).toEqual(['ins-1', 'ins-2', 'per-1']);
    expect(nodes[0]?.data).toMatchObject({
      name: 'Bürgerenergie Görlitz eG',
      colour: SECTOR_COLOURS.business,
    });
    expect(nodes[1]?.data.colour).toBe(SECTOR_COLOURS.education);
    expect(nodes[0]?.classes).toBe('focus');
    expect(nodes[1]?.classes).toBe('');
  });

  it('keeps edges apart by type and drops edges to missing nodes', () => {
    expect(edges.map((edge) => edge.data.id)).toEqual(['COOPERATES_WITH:e1', 'MEMBER_OF:e1']);
    expect(edges[0]?.data).toMatchObject({
      source: 'ins-1',
      target: 'ins-2',
      type: 'COOPERATES_WITH',
    });
  });

  it('returns nothing for an empty graph', () => {
    expect(toElements({ truncated: false, nodes: [], edges: [] })).toEqual([]);
  });
});
