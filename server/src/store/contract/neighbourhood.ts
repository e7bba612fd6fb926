/** Contract cases: neighbourhood (breadth first, nearer hops first, ties by id). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, Subgraph } from '../port.js';
import { expectIssue } from './expect-error.js';
import { fixtureRelId, loadFixture } from '../../../test-support/store/contract-network.js';

const nodeIds = (graph: Subgraph): string[] => graph.nodes.map((node) => node.id);
const relIds = (graph: Subgraph): string[] => graph.relationships.map((rel) => rel.id).sort();
const sorted = (list: string[]): string[] => [...list].sort();

export function neighbourhoodCases(getStore: () => GraphStore): void {
  describe('neighbourhood', () => {
    beforeEach(async () => {
      await loadFixture(getStore());
    });

    it('returns the start node, then its neighbours by id, with every relationship among them', async () => {
      const graph = await getStore().neighbourhood({ ids: ['ins-verein'], depth: 1, limit: 100 });
      expect(nodeIds(graph)).toEqual([
        'ins-verein',
        'ins-schule',
        'net-lausitz',
        'per-anna',
        'reg-14626110',
        'top-citizen_energy',
      ]);
      expect(graph.truncated).toBe(false);
      expect(relIds(graph)).toEqual(
        sorted([
          fixtureRelId('LOCATED_IN', 'ins-verein', 'reg-14626110'),
          fixtureRelId('WORKS_ON', 'ins-verein', 'top-citizen_energy'),
          fixtureRelId('MEMBER_OF', 'per-anna', 'ins-verein'),
          fixtureRelId('COOPERATES_WITH', 'ins-verein', 'ins-schule'),
          fixtureRelId('MEMBER_OF_NETWORK', 'ins-verein', 'net-lausitz'),
          fixtureRelId('MEMBER_OF_NETWORK', 'ins-schule', 'net-lausitz'),
          fixtureRelId('LOCATED_IN', 'per-anna', 'reg-14626110'),
          fixtureRelId('WORKS_ON', 'per-anna', 'top-citizen_energy'),
        ]),
      );
    });

    it('follows only the given relationship types, in both directions, up to the depth', async () => {
      const store = getStore();
      const one = await store.neighbourhood({
        ids: ['ins-verein'],
        depth: 1,
        limit: 100,
        relationshipTypes: ['COOPERATES_WITH'],
      });
      expect(nodeIds(one)).toEqual(['ins-verein', 'ins-schule']);
      const two = await store.neighbourhood({
        ids: ['ins-verein'],
        depth: 2,
        limit: 100,
        relationshipTypes: ['COOPERATES_WITH'],
      });
      expect(nodeIds(two)).toEqual(['ins-verein', 'ins-schule', 'ins-lra']);
      expect(two.relationships.every((rel) => rel.type === 'COOPERATES_WITH')).toBe(true);
      expect(two.relationships).toHaveLength(2);
      const three = await store.neighbourhood({
        ids: ['per-clara'],
        depth: 3,
        limit: 100,
        relationshipTypes: ['KNOWS'],
      });
      expect(nodeIds(three)).toEqual(['per-clara', 'per-ben', 'per-anna']);
    });

    it('stops at the limit and says so', async () => {
      const store = getStore();
      const cut = await store.neighbourhood({ ids: ['ins-verein'], depth: 2, limit: 3 });
      expect(nodeIds(cut)).toEqual(['ins-verein', 'ins-schule', 'net-lausitz']);
      expect(cut.truncated).toBe(true);
      expect(relIds(cut)).toEqual(
        sorted([
          fixtureRelId('COOPERATES_WITH', 'ins-verein', 'ins-schule'),
          fixtureRelId('MEMBER_OF_NETWORK', 'ins-verein', 'net-lausitz'),
          fixtureRelId('MEMBER_OF_NETWORK', 'ins-schule', 'net-lausitz'),
        ]),
      );
      const exact = await store.neighbourhood({
        ids: ['ins-verein'],
        depth: 1,
        limit: 2,
        relationshipTypes: ['COOPERATES_WITH'],
      });
      expect(exact.truncated).toBe(false);
      const starts = await store.neighbourhood({
        ids: ['per-clara', 'per-anna', 'per-ben'],
        depth: 1,
        limit: 2,
      });
      expect(nodeIds(starts)).toEqual(['per-anna', 'per-ben']);
      expect(starts.truncated).toBe(true);
    });

    it('neither returns nor traverses invisible persons; unknown start ids are left out', async () => {
      const store = getStore();
      const all = await store.neighbourhood({
        ids: ['per-anna'],
        depth: 2,
        limit: 100,
        relationshipTypes: ['KNOWS'],
      });
      expect(nodeIds(all)).toEqual(['per-anna', 'per-ben', 'per-clara']);
      const visible = await store.neighbourhood({
        ids: ['per-anna', 'nope'],
        depth: 2,
        limit: 100,
        relationshipTypes: ['KNOWS'],
        filter: { visibilities: ['public', 'coordinators'] },
      });
      expect(nodeIds(visible)).toEqual(['per-anna']);
      expect(visible.relationships).toEqual([]);
      const hidden = await store.neighbourhood({
        ids: ['per-clara'],
        depth: 1,
        limit: 10,
        filter: { visibilities: ['public'] },
      });
      expect(hidden).toEqual({ nodes: [], relationships: [], truncated: false });
    });

    it('applies the filter to reached nodes only', async () => {
      const graph = await getStore().neighbourhood({
        ids: ['per-anna'],
        depth: 2,
        limit: 100,
        filter: { labels: ['Institution'] },
      });
      expect(nodeIds(graph)).toEqual(['per-anna', 'ins-verein', 'ins-schule']);
      expect(relIds(graph)).toEqual(
        sorted([
          fixtureRelId('MEMBER_OF', 'per-anna', 'ins-verein'),
          fixtureRelId('COOPERATES_WITH', 'ins-verein', 'ins-schule'),
        ]),
      );
      const region = await getStore().neighbourhood({
        ids: ['ins-schule'],
        depth: 1,
        limit: 100,
        filter: { regionId: 'reg-14626', labels: ['Institution', 'Person'] },
      });
      expect(nodeIds(region)).toEqual(['ins-schule', 'ins-lra', 'ins-verein', 'per-ben']);
    });

    it('starts from several nodes sorted by id', async () => {
      const graph = await getStore().neighbourhood({
        ids: ['per-ben', 'per-anna', 'per-ben'],
        depth: 1,
        limit: 10,
        relationshipTypes: ['KNOWS'],
      });
      expect(nodeIds(graph)).toEqual(['per-anna', 'per-ben', 'per-clara']);
    });

    it('rejects bad arguments with VALIDATION', async () => {
      const store = getStore();
      await expectIssue(store.neighbourhood({ ids: ['per-anna'], depth: 4, limit: 10 }), 'depth');
      await expectIssue(store.neighbourhood({ ids: ['per-anna'], depth: 0, limit: 10 }), 'depth');
      await expectIssue(store.neighbourhood({ ids: [], depth: 1, limit: 10 }), 'ids');
      await expectIssue(store.neighbourhood({ ids: ['per-anna'], depth: 1, limit: 0 }), 'limit');
      await expectIssue(store.neighbourhood({ ids: ['per-anna'], depth: 1, limit: 5001 }), 'limit');
      await expectIssue(
        store.neighbourhood({
          ids: Array.from({ length: 101 }, (_, i) => `n${i}`),
          depth: 1,
          limit: 10,
        }),
        'ids',
      );
      await expectIssue(store.neighbourhood({ ids: ['bad id'], depth: 1, limit: 10 }), 'ids[0]');
      await expectIssue(
        store.neighbourhood({
          ids: ['per-anna'],
          depth: 1,
          limit: 10,
          relationshipTypes: ['LIKES' as 'KNOWS'],
        }),
        'relationshipTypes',
      );
    });
  });
}
