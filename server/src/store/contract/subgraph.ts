/** Contract cases: subgraph of a region, topic or network (the input of the analytics). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, Subgraph, SubgraphQuery } from '../port.js';
import { expectIssue } from './expect-error.js';
import { fixtureRelId, loadFixture } from '../../../test-support/store/contract-network.js';

const nodeIds = (graph: Subgraph): string[] => graph.nodes.map((node) => node.id).sort();
const relIds = (graph: Subgraph): string[] => graph.relationships.map((rel) => rel.id).sort();
const sorted = (list: string[]): string[] => [...list].sort();

export function subgraphCases(getStore: () => GraphStore): void {
  describe('subgraph', () => {
    beforeEach(async () => {
      await loadFixture(getStore());
    });

    it('takes the actors of a region and its sub-regions with the relationships among them', async () => {
      const graph = await getStore().subgraph({ scope: { regionId: 'reg-14626' }, limit: 100 });
      expect(nodeIds(graph)).toEqual([
        'ins-lra',
        'ins-schule',
        'ins-verein',
        'per-anna',
        'per-ben',
      ]);
      expect(graph.truncated).toBe(false);
      expect(relIds(graph)).toEqual(
        sorted([
          fixtureRelId('MEMBER_OF', 'per-anna', 'ins-verein'),
          fixtureRelId('MEMBER_OF', 'per-ben', 'ins-schule'),
          fixtureRelId('KNOWS', 'per-anna', 'per-ben'),
          fixtureRelId('COOPERATES_WITH', 'ins-verein', 'ins-schule'),
          fixtureRelId('COOPERATES_WITH', 'ins-lra', 'ins-schule'),
        ]),
      );
    });

    it('attaches neighbours with the given labels and restricts relationship types', async () => {
      const store = getStore();
      const withTopics = await store.subgraph({
        scope: { regionId: 'reg-14626' },
        attachLabels: ['Topic'],
        limit: 100,
      });
      expect(nodeIds(withTopics)).toEqual([
        'ins-lra',
        'ins-schule',
        'ins-verein',
        'per-anna',
        'per-ben',
        'top-citizen_energy',
        'top-energy_climate',
      ]);
      expect(withTopics.relationships.filter((rel) => rel.type === 'WORKS_ON')).toHaveLength(3);
      const members = await store.subgraph({
        scope: { regionId: 'reg-14626' },
        relationshipTypes: ['MEMBER_OF'],
        attachLabels: ['Topic'],
        limit: 100,
      });
      expect(relIds(members)).toEqual(
        sorted([
          fixtureRelId('MEMBER_OF', 'per-anna', 'ins-verein'),
          fixtureRelId('MEMBER_OF', 'per-ben', 'ins-schule'),
        ]),
      );
      expect(nodeIds(members)).toEqual([
        'ins-lra',
        'ins-schule',
        'ins-verein',
        'per-anna',
        'per-ben',
      ]);
      const institutions = await store.subgraph({
        scope: { regionId: 'reg-14' },
        labels: ['Institution'],
        limit: 100,
      });
      expect(nodeIds(institutions)).toEqual([
        'ins-firma',
        'ins-kirche',
        'ins-lra',
        'ins-schule',
        'ins-verein',
      ]);
      expect(institutions.relationships.every((rel) => rel.type === 'COOPERATES_WITH')).toBe(true);
      expect(institutions.relationships).toHaveLength(3);
    });

    it('scopes by topic (with sub-topics) and by network', async () => {
      const store = getStore();
      const topic = await store.subgraph({ scope: { topicId: 'top-energy_climate' }, limit: 100 });
      expect(nodeIds(topic)).toEqual(['ins-schule', 'ins-verein', 'per-anna']);
      expect(relIds(topic)).toEqual(
        sorted([
          fixtureRelId('COOPERATES_WITH', 'ins-verein', 'ins-schule'),
          fixtureRelId('MEMBER_OF', 'per-anna', 'ins-verein'),
        ]),
      );
      const network = await store.subgraph({ scope: { networkId: 'net-lausitz' }, limit: 100 });
      expect(nodeIds(network)).toEqual(['ins-schule', 'ins-verein', 'per-clara']);
      expect(relIds(network)).toEqual([
        fixtureRelId('COOPERATES_WITH', 'ins-verein', 'ins-schule'),
      ]);
      const none = await store.subgraph({ scope: { regionId: 'reg-unknown' }, limit: 100 });
      expect(none).toEqual({ nodes: [], relationships: [], truncated: false, scopeNode: null });
    });

    it('returns the node the scope names as getNodes does, whatever its label, null when none', async () => {
      const store = getStore();
      const region = await store.subgraph({ scope: { regionId: 'reg-14626' }, limit: 1 });
      expect(region.scopeNode).toMatchObject({ id: 'reg-14626', label: 'Region' });
      const topic = await store.subgraph({ scope: { topicId: 'top-energy_climate' }, limit: 1 });
      expect(topic.scopeNode).toMatchObject({ id: 'top-energy_climate', label: 'Topic' });
      const network = await store.subgraph({ scope: { networkId: 'net-lausitz' }, limit: 1 });
      expect(network.scopeNode).toEqual((await store.getNodes(['net-lausitz']))[0]);
      // A (hidden) person named as a network: no core, the node itself unfiltered, for the caller to judge.
      const person = await store.subgraph({
        scope: { networkId: 'per-ben' },
        visibilities: ['public'],
        limit: 10,
      });
      expect(person.nodes).toEqual([]);
      expect(person.scopeNode).toEqual((await store.getNodes(['per-ben']))[0]);
    });

    it('hides invisible persons, also as attached nodes', async () => {
      const store = getStore();
      const visible = await store.subgraph({
        scope: { regionId: 'reg-14626' },
        visibilities: ['public'],
        limit: 100,
      });
      expect(nodeIds(visible)).toEqual(['ins-lra', 'ins-schule', 'ins-verein', 'per-anna']);
      expect(visible.relationships).toHaveLength(3);
      const query: SubgraphQuery = {
        scope: { networkId: 'net-lausitz' },
        labels: ['Institution'],
        attachLabels: ['Person'],
        limit: 100,
      };
      expect(nodeIds(await store.subgraph(query))).toEqual([
        'ins-schule',
        'ins-verein',
        'per-anna',
        'per-ben',
      ]);
      expect(nodeIds(await store.subgraph({ ...query, visibilities: ['public'] }))).toEqual([
        'ins-schule',
        'ins-verein',
        'per-anna',
      ]);
    });

    it('keeps the first core nodes by id up to the limit', async () => {
      const graph = await getStore().subgraph({ scope: { regionId: 'reg-14626' }, limit: 2 });
      expect(graph.nodes.map((node) => node.id)).toEqual(['ins-lra', 'ins-schule']);
      expect(graph.truncated).toBe(true);
      expect(relIds(graph)).toEqual([fixtureRelId('COOPERATES_WITH', 'ins-lra', 'ins-schule')]);
    });

    it('rejects bad arguments with VALIDATION', async () => {
      const store = getStore();
      const twoScopes = {
        regionId: 'reg-14',
        topicId: 'top-transport',
      } as unknown as SubgraphQuery['scope'];
      await expectIssue(store.subgraph({ scope: twoScopes, limit: 10 }), 'scope');
      await expectIssue(
        store.subgraph({ scope: {} as SubgraphQuery['scope'], limit: 10 }),
        'scope',
      );
      await expectIssue(
        store.subgraph({ scope: { regionId: 'bad id' }, limit: 10 }),
        'scope.regionId',
      );
      await expectIssue(store.subgraph({ scope: { regionId: 'reg-14' }, limit: 0 }), 'limit');
      await expectIssue(store.subgraph({ scope: { regionId: 'reg-14' }, limit: 200_001 }), 'limit');
      await expectIssue(
        store.subgraph({ scope: { regionId: 'reg-14' }, labels: ['Nope' as 'Person'], limit: 1 }),
        'labels',
      );
    });
  });
}
