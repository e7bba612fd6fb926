import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousDeps,
  countingStore,
  openNetworkStore,
} from '../../../test-support/analyses/store.js';
import type { NetworkStore } from '../../../test-support/analyses/store.js';
import type { GapTableArgs } from './gaps.input.js';
import { gapTableQuery } from './gaps.query.js';

let network: NetworkStore;
beforeAll(async () => {
  network = await openNetworkStore();
});
afterAll(() => network.close());

async function callsFor(args: GapTableArgs): Promise<string[]> {
  const calls: string[] = [];
  await gapTableQuery(anonymousDeps(countingStore(network.store, calls)), args).catch(() => {});
  return calls;
}

describe('gapTableQuery', () => {
  it('asks the store once for a region, also with a topic its institutions work on', async () => {
    expect(await callsFor({ regionId: 'reg-14626', pool: false })).toEqual(['subgraph']);
    expect(
      await callsFor({ regionId: 'reg-14626', topicId: 'top-citizen_energy', pool: false }),
    ).toEqual(['subgraph']);
  });

  it('looks for pooling partners of a sparse district with one more call (the region tree)', async () => {
    // The test network's other district is a city: no partner of the same kind, so no snapshot more
    // (gaps-pooled.api.test.ts pools with partners).
    expect(await callsFor({ regionId: 'reg-14626' })).toEqual(['subgraph', 'neighbourhood']);
  });

  it('looks a topic up when the snapshot does not hold it (a key theme, an unknown id)', async () => {
    for (const topicId of ['top-energy_climate', 'top-nope'])
      expect(await callsFor({ regionId: 'reg-14626', topicId, pool: false })).toEqual([
        'subgraph',
        'getNodes',
      ]);
  });
});
