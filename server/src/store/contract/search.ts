/** Contract cases: full-text search, filters and cursor pagination. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, NodeFilter, SearchPage, SearchQuery } from '../port.js';
import { expectIssue, expectStoreError } from './expect-error.js';
import {
  FIXTURE_NODE_IDS,
  ids,
  loadFixture,
} from '../../../test-support/store/contract-network.js';

async function found(store: GraphStore, text: string, filter?: NodeFilter): Promise<string[]> {
  const page = await store.search({ text, filter, first: 100 });
  expect(page.hasNextPage).toBe(false);
  return ids(page.hits);
}

/** Every hit over all pages of `first` each, checking the cursors on the way. */
async function allPages(
  store: GraphStore,
  query: Omit<SearchQuery, 'first' | 'after'>,
  first: number,
) {
  const pages: SearchPage[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.search({ ...query, first, after });
    pages.push(page);
    if (!page.hasNextPage) break;
    expect(page.hits).toHaveLength(first);
    expect(page.endCursor).not.toBeNull();
    after = page.endCursor ?? undefined;
    if (pages.length > 50) throw new Error('pagination does not end');
  }
  return { pages, hits: pages.flatMap((page) => page.hits.map((hit) => hit.node.id)) };
}

export function searchCases(getStore: () => GraphStore): void {
  describe('search', () => {
    beforeEach(async () => {
      await loadFixture(getStore());
    });

    it('folds case, umlauts and ß, and matches the last word as a prefix', async () => {
      const store = getStore();
      const goerlitz = ['ins-lra', 'ins-verein', 'reg-14626', 'reg-14626110'];
      expect(await found(store, 'görlitz')).toEqual(goerlitz);
      expect(await found(store, 'gorlitz')).toEqual(goerlitz);
      expect(await found(store, 'GÖRLITZ')).toEqual(goerlitz);
      expect(await found(store, 'Gör')).toEqual(goerlitz);
      expect(await found(store, 'strasse')).toEqual(['ins-firma']);
      expect(await found(store, 'Straße')).toEqual(['ins-firma']);
      expect(await found(store, 'Weißwasser')).toEqual(['ins-schule', 'reg-14626610']);
      expect(await found(store, 'weisswasser')).toEqual(['ins-schule', 'reg-14626610']);
      expect(await found(store, 'SCHRÖDER')).toEqual(['per-anna']);
      expect(await found(store, 'GROSS')).toEqual(['per-clara']);
    });

    it('needs every word; all but the last match whole words only', async () => {
      const store = getStore();
      expect(await found(store, 'landratsamt görlitz')).toEqual(['ins-lra']);
      expect(await found(store, 'görlitz land')).toEqual(['ins-lra', 'reg-14626']);
      expect(await found(store, 'landrat görlitz')).toEqual([]);
      expect(await found(store, 'energiewende dresden')).toEqual([]);
      // Description counts too; punctuation separates words.
      expect(await found(store, 'klimagerechtigkeit')).toEqual(['ins-kirche']);
      expect(await found(store, 'bürgerenergie oberlaus')).toEqual(['ins-verein']);
      expect(await found(store, 'Dresden-Neustadt')).toEqual(['ins-kirche']);
      expect(await found(store, 'xylophon')).toEqual([]);
    });

    it('ranks hits with every word in the name first, then by name, then id; never by corpus statistics', async () => {
      const store = getStore();
      const ranked = async (text: string) =>
        (await store.search({ text, first: 10 })).hits.map((hit) => [hit.node.id, hit.score]);
      // All in the name: score 2, by name (UTF-16 order), whatever the ids say.
      expect(await ranked('görlitz')).toEqual([
        ['ins-verein', 2],
        ['reg-14626110', 2],
        ['reg-14626', 2],
        ['ins-lra', 2],
      ]);
      // A word found only in the description ranks below every name hit.
      expect(await ranked('bürgerenergie')).toEqual([
        ['top-citizen_energy', 2],
        ['ins-verein', 1],
      ]);
      expect(await ranked('klima')).toEqual([
        ['top-energy_climate', 2],
        ['ins-kirche', 1],
      ]);
      // Every word must be in the name for the higher rank (the last one as a prefix).
      expect(await ranked('görlitz energ')).toEqual([['ins-verein', 2]]);
      expect(await ranked('görlitz ober')).toEqual([['ins-verein', 1]]);
    });

    it('lists everything by name when the text has no words', async () => {
      const store = getStore();
      const page = await store.search({ text: '', filter: { labels: ['Person'] }, first: 10 });
      expect(page.hits.map((hit) => hit.node.properties.name)).toEqual([
        'Anna Schröder',
        'Ben Weiß',
        'Clara Groß',
      ]);
      expect(page.hits.every((hit) => hit.score === 0)).toBe(true);
      const stopWordsOnly = await store.search({
        text: ' the, and ',
        filter: { labels: ['Topic'] },
        first: 10,
      });
      expect(stopWordsOnly.hits.map((hit) => hit.node.id)).toEqual([
        'top-citizen_energy',
        'top-energy_climate',
        'top-transport',
      ]);
    });

    it('pages through all results without gaps or overlaps', async () => {
      const store = getStore();
      const { pages, hits } = await allPages(store, { text: '' }, 4);
      expect(hits).toHaveLength(FIXTURE_NODE_IDS.length);
      expect([...hits].sort()).toEqual(FIXTURE_NODE_IDS);
      expect(pages.at(-1)?.hasNextPage).toBe(false);
      const text = await allPages(store, { text: 'gö' }, 1);
      expect([...text.hits].sort()).toEqual(['ins-lra', 'ins-verein', 'reg-14626', 'reg-14626110']);
      const exact = await store.search({ text: '', filter: { labels: ['Person'] }, first: 3 });
      expect(exact.hasNextPage).toBe(false);
      const beyond = await store.search({
        text: '',
        first: 5,
        after: exact.endCursor ?? undefined,
        filter: { labels: ['Person'] },
      });
      expect(beyond.hits).toEqual([]);
      expect(beyond.hasNextPage).toBe(false);
    });

    it('applies each filter field', async () => {
      const store = getStore();
      expect(await found(store, '', { labels: ['Network', 'Topic'] })).toEqual([
        'net-lausitz',
        'top-citizen_energy',
        'top-energy_climate',
        'top-transport',
      ]);
      expect(await found(store, '', { sectors: ['education', 'religion'] })).toEqual([
        'ins-kirche',
        'ins-schule',
      ]);
      expect(await found(store, '', { kinds: ['administration', 'business'] })).toEqual([
        'ins-firma',
        'ins-lra',
      ]);
      // A topic includes its sub-topics, and topic nodes themselves pass.
      expect(await found(store, '', { topicIds: ['top-energy_climate'] })).toEqual([
        'ins-schule',
        'ins-verein',
        'per-anna',
        'top-citizen_energy',
        'top-energy_climate',
      ]);
      expect(await found(store, '', { topicIds: ['top-citizen_energy', 'top-transport'] })).toEqual(
        ['ins-firma', 'ins-verein', 'per-anna', 'per-clara', 'top-citizen_energy', 'top-transport'],
      );
      // A region includes everything located in its sub-regions, and the regions themselves.
      expect(await found(store, '', { regionId: 'reg-14626' })).toEqual([
        'ins-lra',
        'ins-schule',
        'ins-verein',
        'per-anna',
        'per-ben',
        'reg-14626',
        'reg-14626110',
        'reg-14626610',
      ]);
      expect(await found(store, '', { regionId: 'reg-14', labels: ['Person'] })).toEqual([
        'per-anna',
        'per-ben',
        'per-clara',
      ]);
      expect(await found(store, '', { networkId: 'net-lausitz' })).toEqual([
        'ins-schule',
        'ins-verein',
        'per-clara',
      ]);
      expect(
        await found(store, '', { labels: ['Person'], visibilities: ['public', 'members'] }),
      ).toEqual(['per-anna', 'per-ben']);
      expect(
        await found(store, '', { visibilities: ['coordinators'], labels: ['Person', 'Network'] }),
      ).toEqual(['net-lausitz', 'per-clara']);
      expect(await found(store, 'xyz', { regionId: 'reg-unknown' })).toEqual([]);
      expect(await found(store, '', { regionId: 'reg-unknown' })).toEqual([]);
    });

    it('combines filters (all must hold) with text', async () => {
      const store = getStore();
      expect(
        await found(store, 'görlitz', { labels: ['Institution'], sectors: ['administration'] }),
      ).toEqual(['ins-lra']);
      expect(await found(store, '', { regionId: 'reg-14626', networkId: 'net-lausitz' })).toEqual([
        'ins-schule',
        'ins-verein',
      ]);
      expect(
        await found(store, '', {
          regionId: 'reg-14626',
          topicIds: ['top-energy_climate'],
          visibilities: ['public'],
        }),
      ).toEqual(['ins-schule', 'ins-verein', 'per-anna']);
      expect(await found(store, 'dresden', { regionId: 'reg-14626' })).toEqual([]);
      expect(
        await found(store, 'ober', { networkId: 'net-lausitz', sectors: ['education'] }),
      ).toEqual(['ins-schule']);
    });

    it('rejects bad arguments with VALIDATION', async () => {
      const store = getStore();
      await expectIssue(store.search({ text: '', first: 0 }), 'first');
      await expectIssue(store.search({ text: '', first: 101 }), 'first');
      await expectIssue(store.search({ text: '', first: 1.5 }), 'first');
      await expectIssue(store.search({ text: 'x'.repeat(201), first: 10 }), 'text');
      await expectStoreError(
        store.search({ text: '', first: 10, after: 'not-a-cursor' }),
        'VALIDATION',
      );
      await expectIssue(
        store.search({ text: '', first: 10, filter: { labels: ['Organisation' as 'Person'] } }),
        'filter.labels',
      );
      await expectIssue(
        store.search({ text: '', first: 10, filter: { sectors: ['farming' as 'business'] } }),
        'filter.sectors',
      );
      await expectIssue(
        store.search({ text: '', first: 10, filter: { regionId: 'bad id' } }),
        'filter.regionId',
      );
      await expectIssue(
        store.search({ text: '', first: 10, filter: { visibilities: ['secret' as 'public'] } }),
        'filter.visibilities',
      );
    });
  });
}
