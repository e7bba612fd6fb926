import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface NodeView {
  id: string;
  label: string;
  name: string;
  sector: string | null;
  visibility: string | null;
  location: { latitude: number; longitude: number } | null;
  properties: Record<string, unknown>;
}
const NODE = `query ($id: ID!) { node(id: $id) { id label name sector visibility location { latitude longitude } properties } }`;

describe('node', () => {
  it('returns an institution with its sector and location', async () => {
    const { data, errors } = await api.gql<{ node: NodeView }>(NODE, {
      id: 'ins-energie-goerlitz',
    });
    expect(errors).toBeUndefined();
    expect(data?.node).toMatchObject({
      id: 'ins-energie-goerlitz',
      label: 'Institution',
      name: 'Bürgerenergie Görlitz eG',
      sector: 'business',
      visibility: null,
      location: { latitude: 51.152, longitude: 14.987 },
    });
    expect(data?.node.properties).toMatchObject({ kind: 'business' });
  });

  it('returns null for an unknown id', async () => {
    const { data, errors } = await api.gql<{ node: null }>(NODE, { id: 'ins-does-not-exist' });
    expect(errors).toBeUndefined();
    expect(data?.node).toBeNull();
  });

  it('rejects a malformed id as BAD_USER_INPUT without internals', async () => {
    const { errors } = await api.gql(NODE, { id: '  not an id!' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: 'id' })]);
    expect(errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('shows public persons without personal data and hides the others', async () => {
    const anna = await api.gql<{ node: NodeView }>(NODE, { id: 'per-anna' });
    expect(anna.data?.node).toMatchObject({ name: 'Anna Öztürk', visibility: 'public' });
    expect(anna.data?.node.properties).not.toHaveProperty('email');
    expect(anna.data?.node.properties).not.toHaveProperty('consentDate');
    for (const id of ['per-bernd', 'per-carla']) {
      expect((await api.gql<{ node: null }>(NODE, { id })).data?.node).toBeNull();
    }
  });

  it('loads several nodes in the order asked, null where unknown or hidden', async () => {
    const { data } = await api.gql<{ nodes: ({ id: string } | null)[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: ['ins-schule-loebau', 'nope', 'per-bernd', 'reg-14'] },
    );
    expect(data?.nodes).toEqual([{ id: 'ins-schule-loebau' }, null, null, { id: 'reg-14' }]);
  });
});
