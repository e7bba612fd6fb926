import { describe, expect, it } from 'vitest';
import { SECTOR_COLOURS } from '@nzr/graph-schema';
import type { NetworkMapGraph } from './graph.fragment';
import { LABELLED_HUBS, ringOf, sizeForDegree, toElements } from './toElements';

const graph: NetworkMapGraph = {
  truncated: false,
  nodes: [
    {
      id: 'ins-1',
      name: 'Bürgerenergie Görlitz eG',
      label: 'Institution',
      sector: 'business',
      location: { latitude: 51.15, longitude: 14.99 },
    },
    {
      id: 'ins-2',
      name: 'Oberschule Löbau',
      label: 'Institution',
      sector: 'education',
      location: null,
    },
    { id: 'per-1', name: 'Anna Öztürk', label: 'Person', sector: null, location: null },
    { id: 'ins-1', name: 'duplicate', label: 'Institution', sector: 'business', location: null },
  ],
  edges: [
    { id: 'e1', type: 'COOPERATES_WITH', source: 'ins-1', target: 'ins-2' },
    { id: 'e1', type: 'MEMBER_OF', source: 'per-1', target: 'ins-1' },
    { id: 'e2', type: 'MEMBER_OF', source: 'per-9', target: 'ins-1' },
  ],
};

describe('toElements', () => {
  const elements = toElements(graph, { focusIds: ['ins-1'], expandedIds: ['per-1'] });
  const nodes = elements.filter((element) => element.group === 'nodes');
  const edges = elements.filter((element) => element.group === 'edges');

  it('makes one node per id, coloured by sector, sized by degree, with focus and expansion marked', () => {
    expect(nodes.map((node) => node.data.id)).toEqual(['ins-1', 'ins-2', 'per-1']);
    expect(nodes[0]?.data).toMatchObject({
      name: 'Bürgerenergie Görlitz eG',
      colour: SECTOR_COLOURS.business,
      degree: 2,
      size: sizeForDegree(2),
    });
    expect(nodes[1]?.data).toMatchObject({ colour: SECTOR_COLOURS.education, degree: 1 });
    // All three are connected, so all are among the labelled hubs (screen-label).
    expect(nodes[0]?.classes).toBe('focus screen-label');
    expect(nodes[1]?.classes).toBe('screen-label');
    expect(nodes[2]?.classes).toBe('expanded screen-label');
  });

  it('keeps edges apart by type and drops edges to missing nodes', () => {
    expect(edges.map((edge) => edge.data.id)).toEqual(['COOPERATES_WITH:e1', 'MEMBER_OF:e1']);
    expect(edges[0]?.data).toMatchObject({
      source: 'ins-1',
      target: 'ins-2',
      type: 'COOPERATES_WITH',
    });
  });

  it('adds district labels that cannot be selected', () => {
    const withDistricts = toElements(graph, {
      districts: [
        { id: 'reg-14626', name: 'Landkreis Görlitz', location: { latitude: 51, longitude: 14.8 } },
      ],
    });
    expect(withDistricts.at(-1)).toMatchObject({
      classes: 'district-label screen-label',
      selectable: false,
      data: { id: 'reg-14626', name: 'Landkreis Görlitz' },
    });
  });

  it('keeps legible labels for the best-connected nodes only', () => {
    const star = {
      truncated: false,
      nodes: Array.from({ length: 30 }, (_, i) => ({
        id: `n${String(i).padStart(2, '0')}`,
        name: `N${i}`,
        label: 'Institution' as const,
        sector: null,
        location: null,
      })),
      // n00 links to everyone; n01..n05 also to each other: they are the next best connected.
      edges: [
        ...Array.from({ length: 29 }, (_, i) => ({
          id: `s${i}`,
          type: 'COOPERATES_WITH' as const,
          source: 'n00',
          target: `n${String(i + 1).padStart(2, '0')}`,
        })),
        ...[1, 2, 3, 4, 5].flatMap((a) =>
          [1, 2, 3, 4, 5]
            .filter((b) => b > a)
            .map((b) => ({
              id: `m${a}${b}`,
              type: 'COOPERATES_WITH' as const,
              source: `n0${a}`,
              target: `n0${b}`,
            })),
        ),
      ],
    };
    const labelled = toElements(star)
      .filter((element) => element.group === 'nodes' && element.classes?.includes('screen-label'))
      .map((element) => element.data.id);
    expect(labelled).toHaveLength(LABELLED_HUBS);
    expect(labelled.slice(0, 6)).toEqual(['n00', 'n01', 'n02', 'n03', 'n04', 'n05']);
  });

  it('grows sizes with degree up to a cap and puts sectors on their own rings', () => {
    expect(sizeForDegree(0)).toBe(16);
    expect(sizeForDegree(4)).toBeGreaterThan(sizeForDegree(1));
    expect(sizeForDegree(10_000)).toBe(64);
    expect(ringOf({ label: 'Institution', sector: 'civil_society' })).toBeGreaterThan(
      ringOf({ label: 'Institution', sector: 'business' }),
    );
    expect(ringOf({ label: 'Topic', sector: null })).toBe(1);
  });

  it('returns nothing for an empty graph', () => {
    expect(toElements({ truncated: false, nodes: [], edges: [] })).toEqual([]);
  });
  it('colours nodes by a given mapping (colour-by) and keeps the sector colour for the rest', () => {
    const graph = {
      truncated: false,
      nodes: [
        {
          id: 'a',
          name: 'A',
          label: 'Institution' as const,
          sector: 'business' as const,
          location: null,
        },
        {
          id: 'b',
          name: 'B',
          label: 'Institution' as const,
          sector: 'business' as const,
          location: null,
        },
      ],
      edges: [],
    };
    const [a, b] = toElements(graph, { colours: new Map([['a', '#123456']]) });
    expect(a?.data.colour).toBe('#123456');
    expect(b?.data.colour).not.toBe('#123456');
  });
});
