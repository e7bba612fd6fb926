/**
 * Contract cases: tie proposals (system records beside the graph). A confirmation writes the tie with the
 * record in one transaction; one pending proposal per pair and type, either way round; lists by region, actor
 * and state; never seen by graph reads.
 */
import { describe, expect, it } from 'vitest';
import type { Change, GraphStore, TieProposalInput } from '../port.js';
import { allAudit } from './audit.js';
import { expectIssue, expectStoreError } from './expect-error.js';

export function proposal(id: string, overrides: Partial<TieProposalInput> = {}): TieProposalInput {
  return {
    id,
    fromId: 'ins-a',
    toId: 'ins-b',
    actorLabel: 'Institution',
    type: 'COOPERATES_WITH',
    status: 'pending',
    note: 'Gemeinsames Lastenrad-Projekt.',
    proposedBy: 'acc-1',
    decidedBy: null,
    decidedAt: null,
    regionIds: ['reg-goerlitz', 'reg-sachsen'],
    tieId: null,
    ...overrides,
  };
}

const decided = (status: 'confirmed' | 'declined' | 'withdrawn', tieId: string | null = null) => ({
  status,
  decidedBy: 'acc-2',
  decidedAt: '2026-12-07T06:00:00.000Z',
  tieId,
});

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
  properties: { kind: 'project', from: '2026-12-07' },
});

export function tieProposalCases(getStore: () => GraphStore): void {
  describe('tie proposals', () => {
    it('creates pending with version 1, decides with the expected version, refuses stale saves', async () => {
      const store = getStore();
      const { tieProposal: saved } = await store.saveTieProposal(proposal('tie-1'), undefined, []);
      expect(saved).toMatchObject({ id: 'tie-1', status: 'pending', decidedBy: null, version: 1 });
      expect(await store.getTieProposal('tie-1')).toEqual(saved);
      expect(await store.getTieProposal('tie-2')).toBeNull();
      const declined = await store.saveTieProposal(proposal('tie-1', decided('declined')), 1, []);
      expect(declined.tieProposal).toMatchObject({
        status: 'declined',
        decidedBy: 'acc-2',
        version: 2,
      });
      expect(declined.tieProposal.createdAt).toBe(saved.createdAt);
      await expectStoreError(store.saveTieProposal(proposal('tie-1'), 1, []), 'CONFLICT');
      await expectStoreError(
        store.saveTieProposal(proposal('tie-1'), undefined, []),
        'DUPLICATE_ID',
      );
      await expectStoreError(store.saveTieProposal(proposal('tie-9'), 1, []), 'NOT_FOUND');
    });

    it('keeps one pending proposal per pair and type, either way round; a decided one frees the pair', async () => {
      const store = getStore();
      await store.saveTieProposal(proposal('tie-1'), undefined, []);
      await expectStoreError(
        store.saveTieProposal(proposal('tie-2', { fromId: 'ins-b', toId: 'ins-a' }), undefined, []),
        'DUPLICATE_ID',
      );
      // Another pair is fine.
      await store.saveTieProposal(proposal('tie-3', { toId: 'ins-c' }), undefined, []);
      await store.saveTieProposal(proposal('tie-1', decided('withdrawn')), 1, []);
      const again = await store.saveTieProposal(
        proposal('tie-2', { fromId: 'ins-b', toId: 'ins-a' }),
        undefined,
        [],
      );
      expect(again.tieProposal.status).toBe('pending');
    });

    it('writes the confirmed tie with the record in one transaction, and neither when the tie is refused', async () => {
      const store = getStore();
      await store.applyChanges([institution('ins-a'), institution('ins-b')]);
      await store.saveTieProposal(proposal('tie-1'), undefined, []);
      const audit = { actorId: 'acc-2', action: 'tie.confirm' };
      await expectStoreError(
        store.saveTieProposal(
          proposal('tie-1', decided('confirmed', 'coo-1')),
          1,
          [tie('coo-1', 'ins-missing')],
          audit,
        ),
        'NOT_FOUND',
      );
      expect(await store.getTieProposal('tie-1')).toMatchObject({ status: 'pending', version: 1 });
      expect(await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'coo-1' }])).toEqual([]);
      expect((await allAudit(store)).filter((e) => e.action === 'tie.confirm')).toEqual([]);

      const { tieProposal, result } = await store.saveTieProposal(
        proposal('tie-1', decided('confirmed', 'coo-1')),
        1,
        [tie('coo-1')],
        audit,
      );
      expect(tieProposal).toMatchObject({
        status: 'confirmed',
        tieId: 'coo-1',
        decidedBy: 'acc-2',
      });
      expect(result.relationships.map((rel) => rel.id)).toEqual(['coo-1']);
      const entries = (await allAudit(store)).filter((e) => e.action === 'tie.confirm');
      const items = entries.flatMap((entry) => entry.items);
      expect(items.map((item) => `${item.kind}:${item.id}`).sort()).toEqual([
        'COOPERATES_WITH:coo-1',
        'TieProposal:tie-1',
      ]);
      // Names of changed fields only: the note's text never reaches the trail.
      expect(JSON.stringify(entries)).not.toContain('Lastenrad');
    });

    it('lists newest first by region, actor and state, and pages with a cursor', async () => {
      const store = getStore();
      await store.saveTieProposal(proposal('tie-1'), undefined, []);
      await store.saveTieProposal(proposal('tie-2', { toId: 'ins-c' }), undefined, []);
      await store.saveTieProposal(
        proposal('tie-3', { fromId: 'ins-d', toId: 'ins-e', regionIds: ['reg-leipzig'] }),
        undefined,
        [],
      );
      await store.saveTieProposal(
        proposal('tie-2', { toId: 'ins-c', ...decided('declined') }),
        1,
        [],
      );
      const all = await store.listTieProposals({ first: 10 });
      expect(all.tieProposals.map((t) => t.id)).toEqual(['tie-3', 'tie-2', 'tie-1']);
      const pending = await store.listTieProposals({
        first: 10,
        regionId: 'reg-goerlitz',
        statuses: ['pending'],
      });
      expect(pending.tieProposals.map((t) => t.id)).toEqual(['tie-1']);
      const scoped = await store.listTieProposals({
        first: 10,
        regionIds: ['reg-dresden', 'reg-leipzig'],
      });
      expect(scoped.tieProposals.map((t) => t.id)).toEqual(['tie-3']);
      const ofC = await store.listTieProposals({ first: 10, actorIds: ['ins-c', 'ins-e'] });
      expect(ofC.tieProposals.map((t) => t.id)).toEqual(['tie-3', 'tie-2']);
      const first = await store.listTieProposals({ first: 2 });
      expect(first.hasNextPage).toBe(true);
      const second = await store.listTieProposals({ first: 2, after: first.endCursor ?? '' });
      expect(second.tieProposals.map((t) => t.id)).toEqual(['tie-1']);
      expect(second.hasNextPage).toBe(false);
    });

    it('stays out of graph reads and goes with clear()', async () => {
      const store = getStore();
      await store.saveTieProposal(proposal('tie-1'), undefined, []);
      expect(await store.getNodes(['tie-1'])).toEqual([]);
      expect((await store.search({ text: 'Lastenrad', first: 10 })).hits).toEqual([]);
      await store.clear();
      expect(await store.getTieProposal('tie-1')).toBeNull();
    });

    it('refuses bad input with the path of each problem', async () => {
      const store = getStore();
      const save = (overrides: Partial<TieProposalInput>) =>
        store.saveTieProposal(proposal('tie-1', overrides), undefined, []);
      await expectIssue(save({ toId: 'ins-a' }), 'toId');
      await expectIssue(save({ type: 'KNOWS' }), 'type');
      await expectIssue(save({ status: 'married' as never }), 'status');
      await expectIssue(save({ note: 'x'.repeat(1001) }), 'note');
      await expectIssue(save({ decidedBy: 'acc-2' }), 'decidedBy');
      await expectIssue(save({ tieId: 'coo-1' }), 'tieId');
      await expectIssue(store.listTieProposals({ first: 0 }), 'first');
      await expectIssue(store.listTieProposals({ first: 5, actorIds: ['bad id'] }), 'actorIds[0]');
      expect(await store.getTieProposal('tie-1')).toBeNull();
    });
  });
}
