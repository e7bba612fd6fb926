/**
 * Issue 12: the network of networks lost every link once a region was chosen, because a district's networks
 * are linked across its border and networks outside the region were dropped. Here a Leipzig member also
 * joins the Görlitz energy network: Leipzig's view must show that link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi } from '../../../test-support/analyses/api.js';
import { ANALYTICS_NETWORK } from '../../../test-support/analyses/network.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi({
    ...ANALYTICS_NETWORK,
    relationships: [
      ...ANALYTICS_NETWORK.relationships,
      {
        type: 'MEMBER_OF_NETWORK',
        id: 'mn-bridge',
        from: 'ins-agentur',
        to: 'net-energie',
        properties: { role: 'member' },
      },
    ],
  });
});
afterAll(() => t.close());

interface Result {
  networkOfNetworks: {
    networks: { node: { id: string }; members: number; topicIds: string[] }[];
    links: { a: { id: string }; b: { id: string }; weight: number; sharedMemberIds: string[] }[];
  };
}
const QUERY = `query ($regionId: ID) {
  networkOfNetworks(regionId: $regionId) {
    networks { node { id } members topicIds }
    links { a { id } b { id } weight sharedMemberIds }
  }
}`;

describe('network of networks in a region', () => {
  it("keeps the links of the region's networks to networks outside it", async () => {
    const leipzig = await t.ask<Result>(QUERY, { regionId: 'reg-14713' });
    expect(leipzig.networkOfNetworks.links).toEqual([
      {
        a: { id: 'net-energie' },
        b: { id: 'net-leipzig' },
        // One shared member and the shared theme energy_climate: 1 + 0.5.
        weight: 1.5,
        sharedMemberIds: ['ins-agentur'],
      },
    ]);
    expect(leipzig.networkOfNetworks.networks.map((n) => [n.node.id, n.members])).toEqual([
      ['net-energie', 4],
      ['net-leipzig', 2],
    ]);
  });

  it('shows the border-crossing link from the other side too', async () => {
    const goerlitz = await t.ask<Result>(QUERY, { regionId: 'reg-14626' });
    const ids = goerlitz.networkOfNetworks.links.map((l) => `${l.a.id}–${l.b.id}`);
    expect(ids).toEqual(['net-bildung–net-energie', 'net-energie–net-leipzig']);
  });
});
