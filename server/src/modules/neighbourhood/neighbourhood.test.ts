import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Result {
  neighbourhood: {
    nodes: { id: string }[];
    edges: {
      id: string;
      type: string;
      source: string;
      target: string;
      properties: Record<string, unknown>;
    }[];
    truncated: boolean;
  };
}
const NEIGHBOURHOOD = `query (
  $ids: [ID!]!
  $depth: Int!
  $types: [RelationshipType!]
  $limit: Int!
  $activeOn: String
) {
  neighbourhood(
    ids: $ids
    depth: $depth
    relationshipTypes: $types
    limit: $limit
    activeOn: $activeOn
  ) {
    nodes { id } edges { id type source target properties } truncated
  }
}`;

const neighbourhood = async (
  variables: Record<string, unknown>,
): Promise<Result['neighbourhood']> => {
  const { data, errors } = await api.gql<Result>(NEIGHBOURHOOD, {
    depth: 1,
    limit: 100,
    ...variables,
  });
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.neighbourhood;
};
const ids = (graph: Result['neighbourhood']): string[] => graph.nodes.map((node) => node.id).sort();

describe('neighbourhood', () => {
  it('returns direct neighbours and the edges between them, hiding non-public persons', async () => {
    const graph = await neighbourhood({ ids: ['ins-energie-goerlitz'] });
    expect(ids(graph)).toEqual([
      'ins-energie-goerlitz',
      'ins-schule-loebau',
      'per-anna',
      'reg-14626',
      'top-energy_climate',
    ]);
    expect(graph.truncated).toBe(false);
    const cooperation = graph.edges.find((edge) => edge.id === 'co-1');
    expect(cooperation).toMatchObject({ type: 'COOPERATES_WITH', properties: { kind: 'project' } });
    const nodeIds = new Set(ids(graph));
    expect(graph.edges.every((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))).toBe(
      true,
    );
  });

  it('follows only the relationship types asked for, up to the depth asked', async () => {
    const graph = await neighbourhood({
      ids: ['ins-energie-goerlitz'],
      depth: 2,
      types: ['COOPERATES_WITH'],
    });
    expect(ids(graph)).toEqual(['ins-energie-goerlitz', 'ins-kirche-zittau', 'ins-schule-loebau']);
  });

  it('reports truncation when the limit cuts the graph', async () => {
    const graph = await neighbourhood({ ids: ['ins-energie-goerlitz'], limit: 2 });
    expect(graph.nodes).toHaveLength(2);
    expect(graph.truncated).toBe(true);
  });

  it('follows only relationships in force on `activeOn`', async () => {
    // co-1 (energie-goerlitz – schule-loebau) from 2024-01-01, co-2 (schule-loebau – kirche-zittau) from 2023-05-01.
    const on = (activeOn: string) =>
      neighbourhood({
        ids: ['ins-energie-goerlitz'],
        depth: 2,
        types: ['COOPERATES_WITH'],
        activeOn,
      });
    expect(ids(await on('2023-12-31'))).toEqual(['ins-energie-goerlitz']);
    const graph = await on('2024-01-01');
    expect(ids(graph)).toEqual(['ins-energie-goerlitz', 'ins-kirche-zittau', 'ins-schule-loebau']);
    expect(graph.edges.map((edge) => edge.id).sort()).toEqual(['co-1', 'co-2']);
    const before = await neighbourhood({
      ids: ['ins-schule-loebau'],
      types: ['COOPERATES_WITH'],
      activeOn: '2023-06-01',
    });
    expect(ids(before)).toEqual(['ins-kirche-zittau', 'ins-schule-loebau']);
    expect(before.edges.map((edge) => edge.id)).toEqual(['co-2']);
  });

  it('rejects a malformed `activeOn` as BAD_USER_INPUT, naming the argument', async () => {
    const { errors } = await api.gql(NEIGHBOURHOOD, {
      ids: ['ins-energie-goerlitz'],
      depth: 1,
      limit: 10,
      activeOn: '2024-02-30',
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/activeOn must be a calendar date YYYY-MM-DD/);
    expect(errors?.[0]?.extensions?.issues).toEqual([
      { path: 'activeOn', message: expect.stringContaining('"2024-02-30"') as unknown },
    ]);
  });

  it('rejects a depth over 3 as BAD_USER_INPUT', async () => {
    const { errors } = await api.gql(NEIGHBOURHOOD, {
      ids: ['ins-energie-goerlitz'],
      depth: 7,
      limit: 10,
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
