import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousDeps,
  countingStore,
  openNetworkStore,
} from '../../../test-support/analyses/store.js';
import type { NetworkStore } from '../../../test-support/analyses/store.js';
import type { SubgraphScope } from '../../store/port.js';
import { RECIPES } from './recipes.js';
import { scopedSnapshot } from './scoped-snapshot.js';

let network: NetworkStore;
beforeAll(async () => {
  network = await openNetworkStore();
});
afterAll(() => network.close());

describe('scopedSnapshot', () => {
  it('takes one store call, the check of the scope included', async () => {
    const calls: string[] = [];
    const { nodes, store } = anonymousDeps(countingStore(network.store, calls));
    const { snapshot, truncated } = await scopedSnapshot(
      store,
      nodes,
      { regionId: 'reg-14626' },
      RECIPES.gaps,
    );
    expect(snapshot.institutionIds).toHaveLength(10);
    expect(truncated).toBe(false);
    expect(calls).toEqual(['subgraph']);
  });

  it.each<[string, SubgraphScope]>([
    ['an unknown region', { regionId: 'reg-99999' }],
    ['a network named as region', { regionId: 'net-energie' }],
    ['a hidden person named as network', { networkId: 'per-bernd' }],
  ])('answers NOT_FOUND for %s from that one call', async (_name, scope) => {
    const calls: string[] = [];
    const { nodes, store } = anonymousDeps(countingStore(network.store, calls));
    await expect(scopedSnapshot(store, nodes, scope, RECIPES.gaps)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(calls).toEqual(['subgraph']);
  });

  it('refuses a malformed id before calling the store', async () => {
    const calls: string[] = [];
    const { nodes, store } = anonymousDeps(countingStore(network.store, calls));
    await expect(
      scopedSnapshot(store, nodes, { regionId: 'bad id' }, RECIPES.gaps),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(calls).toEqual([]);
  });
});
