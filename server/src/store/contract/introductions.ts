/**
 * Contract cases: introductions (system records beside the graph) saved together with their graph changes in
 * one transaction, listed per region and state, counted, and kept out of every graph read.
 */
import { describe, expect, it } from 'vitest';
import type { Change, GraphStore, IntroductionInput } from '../port.js';
import { allAudit } from './audit.js';
import { expectIssue, expectStoreError } from './expect-error.js';

export function introduction(
  id: string,
  overrides: Partial<IntroductionInput> = {},
): IntroductionInput {
  return {
    id,
    fromId: 'ins-a',
    toId: 'ins-b',
    actorLabel: 'Institution',
    source: 'link_suggestion',
    status: 'introduced',
    channel: 'email',
    note: 'Beide planen ein Repair-Café.',
    introducedOn: '2026-11-30',
    introducedBy: 'acc-1',
    regionIds: ['reg-goerlitz', 'reg-sachsen'],
    tieId: null,
    ...overrides,
  };
}

const institution = (id: string): Change => ({
  op: 'createNode',
  label: 'Institution',
  id,
  properties: { name: `Verein ${id}`, kind: 'association', sector: 'civil_society' },
});

const tie = (id: string, to = 'ins-b'): Change => ({
  op: 'createRelationship',
  type: 'COOPERATES_WITH',
  id,
  from: 'ins-a',
  to,
  properties: { kind: 'project', from: '2026-12-01' },
});

export function introductionCases(getStore: () => GraphStore): void {
  describe('introductions', () => {
    it('creates with version 1, reads it back and replaces it with the expected version', async () => {
      const store = getStore();
      const { introduction: saved, result } = await store.saveIntroduction(
        introduction('int-1', { channel: null, note: null }),
        undefined,
        [],
      );
      expect(saved).toMatchObject({
        id: 'int-1',
        status: 'introduced',
        channel: null,
        note: null,
        version: 1,
      });
      expect(saved.regionIds).toEqual(['reg-goerlitz', 'reg-sachsen']);
      expect(result.relationships).toEqual([]);
      expect(await store.getIntroduction('int-1')).toEqual(saved);
      expect(await store.getIntroduction('int-2')).toBeNull();
      const moved = await store.saveIntroduction(
        introduction('int-1', { status: 'in_contact' }),
        1,
        [],
      );
      expect(moved.introduction).toMatchObject({
        status: 'in_contact',
        version: 2,
        note: 'Beide planen ein Repair-Café.',
      });
      expect(moved.introduction.createdAt).toBe(saved.createdAt);
      await expectStoreError(store.saveIntroduction(introduction('int-1'), 1, []), 'CONFLICT');
      await expectStoreError(
        store.saveIntroduction(introduction('int-1'), undefined, []),
        'DUPLICATE_ID',
      );
      await expectStoreError(store.saveIntroduction(introduction('int-9'), 1, []), 'NOT_FOUND');
    });

    it('writes the tie with the record in one transaction, and neither when the tie is refused', async () => {
      const store = getStore();
      await store.applyChanges([institution('ins-a'), institution('ins-b')]);
      await store.saveIntroduction(introduction('int-1', { status: 'in_contact' }), undefined, []);
      // The tie names a missing actor: the whole save is refused and the record keeps its version.
      await expectStoreError(
        store.saveIntroduction(
          introduction('int-1', { status: 'cooperating', tieId: 'coo-1' }),
          1,
          [tie('coo-1', 'ins-missing')],
          { actorId: 'acc-1', action: 'introduction.move' },
        ),
        'NOT_FOUND',
      );
      expect(await store.getIntroduction('int-1')).toMatchObject({
        status: 'in_contact',
        version: 1,
      });
      expect(await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'coo-1' }])).toEqual([]);
      expect((await allAudit(store)).filter((e) => e.action === 'introduction.move')).toEqual([]);

      const { introduction: done, result } = await store.saveIntroduction(
        introduction('int-1', { status: 'cooperating', tieId: 'coo-1' }),
        1,
        [tie('coo-1')],
        { actorId: 'acc-1', action: 'introduction.move' },
      );
      expect(done).toMatchObject({ status: 'cooperating', tieId: 'coo-1', version: 2 });
      expect(result.relationships.map((rel) => rel.id)).toEqual(['coo-1']);
      expect(await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'coo-1' }])).toHaveLength(
        1,
      );
      const entries = (await allAudit(store)).filter((e) => e.action === 'introduction.move');
      const items = entries.flatMap((entry) => entry.items);
      expect(items.map((item) => `${item.kind}:${item.id}`).sort()).toEqual([
        'COOPERATES_WITH:coo-1',
        'Introduction:int-1',
      ]);
      // Names of changed fields only: the note's text never reaches the trail.
      expect(JSON.stringify(entries)).not.toContain('Repair');
    });

    it('lists newest first per region and state, pages with a cursor, and counts per state', async () => {
      const store = getStore();
      await store.saveIntroduction(introduction('int-1'), undefined, []);
      await store.saveIntroduction(introduction('int-2', { status: 'not_now' }), undefined, []);
      await store.saveIntroduction(
        introduction('int-3', { regionIds: ['reg-leipzig', 'reg-sachsen'] }),
        undefined,
        [],
      );
      const all = await store.listIntroductions({ first: 10 });
      expect(all.introductions.map((i) => i.id)).toEqual(['int-3', 'int-2', 'int-1']);
      const open = await store.listIntroductions({
        first: 10,
        regionId: 'reg-goerlitz',
        statuses: ['suggested', 'introduced', 'in_contact'],
      });
      expect(open.introductions.map((i) => i.id)).toEqual(['int-1']);
      const scoped = await store.listIntroductions({
        first: 10,
        regionIds: ['reg-leipzig', 'reg-dresden'],
      });
      expect(scoped.introductions.map((i) => i.id)).toEqual(['int-3']);
      const nowhere = await store.listIntroductions({ first: 10, regionIds: ['reg-chemnitz'] });
      expect(nowhere.introductions).toEqual([]);
      const first = await store.listIntroductions({ first: 2, regionId: 'reg-sachsen' });
      expect(first.introductions.map((i) => i.id)).toEqual(['int-3', 'int-2']);
      expect(first.hasNextPage).toBe(true);
      const second = await store.listIntroductions({
        first: 2,
        regionId: 'reg-sachsen',
        after: first.endCursor ?? '',
      });
      expect(second.introductions.map((i) => i.id)).toEqual(['int-1']);
      expect(second.hasNextPage).toBe(false);
      expect(await store.countIntroductions('reg-goerlitz')).toEqual({
        suggested: 0,
        introduced: 1,
        in_contact: 0,
        cooperating: 0,
        not_now: 1,
      });
      expect((await store.countIntroductions()).introduced).toBe(2);
      await store.saveIntroduction(
        introduction('int-4', { fromId: 'per-a', toId: 'per-b', actorLabel: 'Person' }),
        undefined,
        [],
      );
      expect((await store.countIntroductions('reg-goerlitz', 'Institution')).introduced).toBe(1);
      expect((await store.countIntroductions('reg-goerlitz', 'Person')).introduced).toBe(1);
      expect((await store.countIntroductions('reg-goerlitz')).introduced).toBe(2);
    });

    it('stays out of graph reads and goes with clear()', async () => {
      const store = getStore();
      await store.saveIntroduction(introduction('int-1'), undefined, []);
      expect(await store.getNodes(['int-1'])).toEqual([]);
      const page = await store.search({ text: 'Repair', first: 10 });
      expect(page.hits).toEqual([]);
      await store.clear();
      expect(await store.getIntroduction('int-1')).toBeNull();
    });

    it('refuses bad input with the path of each problem', async () => {
      const store = getStore();
      await expectIssue(
        store.saveIntroduction(introduction('int-1', { toId: 'ins-a' }), undefined, []),
        'toId',
      );
      await expectIssue(
        store.saveIntroduction(
          introduction('int-1', { status: 'married' as never }),
          undefined,
          [],
        ),
        'status',
      );
      await expectIssue(
        store.saveIntroduction(introduction('int-1', { note: 'x'.repeat(1001) }), undefined, []),
        'note',
      );
      await expectIssue(
        store.saveIntroduction(
          introduction('int-1', { introducedOn: '2026-02-30' }),
          undefined,
          [],
        ),
        'introducedOn',
      );
      await expectIssue(store.listIntroductions({ first: 0 }), 'first');
      await expectIssue(store.countIntroductions(undefined, 'Topic' as never), 'actorLabel');
      await expectIssue(
        store.listIntroductions({ first: 5, statuses: ['x' as never] }),
        'statuses',
      );
    });
  });
}
