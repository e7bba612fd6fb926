import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousDeps,
  countingStore,
  openNetworkStore,
} from '../../../test-support/analyses/store.js';
import type { NetworkStore } from '../../../test-support/analyses/store.js';
import type { LinkSuggestionsArgs } from './suggestions.input.js';
import { linkSuggestionsQuery } from './suggestions.query.js';

let network: NetworkStore;
beforeAll(async () => {
  network = await openNetworkStore();
});
afterAll(() => network.close());

async function callsFor(actorId: string): Promise<string[]> {
  const calls: string[] = [];
  const args: LinkSuggestionsArgs = {
    regionId: 'reg-14626',
    actorId,
    crossSectorOnly: false,
    limit: 20,
  };
  await linkSuggestionsQuery(anonymousDeps(countingStore(network.store, calls)), args).catch(
    () => {},
  );
  return calls;
}

describe('linkSuggestionsQuery', () => {
  it('asks the store once for an institution of the region', async () => {
    expect(await callsFor('ins-schule')).toEqual(['subgraph']);
  });

  it('looks the actor up only when the region does not hold it', async () => {
    expect(await callsFor('ins-uni')).toEqual(['subgraph', 'getNodes']);
  });
});
