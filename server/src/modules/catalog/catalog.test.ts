import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NETWORK } from '../../../test-support/api/api-network.js';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ fixture: API_NETWORK });
});
afterAll(() => api.close());

interface Tree {
  node: { id: string; name: string };
  parentId?: string | null;
  children?: Tree[];
  statistics?: { institutions: number; persons: number; actors: number; truncated: boolean } | null;
}

describe('region tree', () => {
  it('starts at the state and nests districts and municipalities, with statistics', async () => {
    const { data, errors } = await api.gql<{ regions: Tree[] }>(`{
      regions { node { id name } parentId statistics { institutions persons actors truncated }
        children { node { id name } parentId statistics { institutions persons }
          children { node { id } parentId } } }
    }`);
    expect(errors).toBeUndefined();
    const [state] = data?.regions ?? [];
    expect(state).toMatchObject({
      node: { id: 'reg-14' },
      parentId: null,
      statistics: { institutions: 3, persons: 1, actors: 4, truncated: false },
    });
    expect(state?.children?.map((child) => child.node.name)).toEqual([
      'Landkreis Görlitz',
      'Leipzig',
    ]);
    const goerlitz = state?.children?.[0];
    expect(goerlitz?.statistics).toEqual({ institutions: 2, persons: 1 });
    expect(goerlitz?.children).toEqual([{ node: { id: 'reg-14626110' }, parentId: 'reg-14626' }]);
  });

  it('lists the children of a given region and answers null for a non-tree node', async () => {
    const { data } = await api.gql<{ regions: Tree[]; treeNode: null }>(
      '{ regions(parentId: "reg-14626") { node { id } } treeNode(id: "ins-gruene-liga") { parentId } }',
    );
    expect(data?.regions.map((region) => region.node.id)).toEqual(['reg-14626110']);
    expect(data?.treeNode).toBeNull();
  });
});

describe('topics and lists', () => {
  it('lists key themes with their sub-topics', async () => {
    const { data } = await api.gql<{ topics: Tree[] }>(
      '{ topics { node { id } statistics { actors } children { node { id } parentId } } }',
    );
    expect(data?.topics).toEqual([
      {
        node: { id: 'top-energy_climate' },
        statistics: null,
        children: [{ node: { id: 'top-citizen_energy' }, parentId: 'top-energy_climate' }],
      },
    ]);
  });

  it('lists networks, funding programmes, resources and projects', async () => {
    const { data, errors } = await api.gql<Record<string, { edges: { node: { id: string } }[] }>>(`{
      networks { edges { node { id } } }
      fundingProgrammes { edges { node { id } } }
      resources(filter: { kinds: ["rooms"] }) { edges { node { id } } }
      projects(text: "solar") { edges { node { id } } }
    }`);
    expect(errors).toBeUndefined();
    const ids = Object.fromEntries(
      Object.entries(data ?? {}).map(([key, page]) => [key, page.edges.map((e) => e.node.id)]),
    );
    expect(ids).toEqual({
      networks: ['net-energie'],
      fundingProgrammes: ['fun-klima'],
      resources: ['res-raum'],
      projects: ['prj-solar'],
    });
  });

  it('keeps the label of a list even when the filter asks for another', async () => {
    const { data } = await api.gql<{ networks: { edges: { node: { id: string } }[] } }>(
      '{ networks(filter: { labels: [Person] }) { edges { node { id } } } }',
    );
    expect(data?.networks.edges.map((edge) => edge.node.id)).toEqual(['net-energie']);
  });
});
