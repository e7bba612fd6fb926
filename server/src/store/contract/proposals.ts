/**
 * Contract cases: proposals (system records beside the graph) saved with the approved entry in one
 * transaction, the state machine of graph-schema, lists per region, state and proposer, counts per client
 * address, and no trace in graph reads or in the audit trail's values.
 */
import { describe, expect, it } from 'vitest';
import type { Change, GraphStore, ProposalInput } from '../port.js';
import { allAudit } from './audit.js';
import { expectIssue, expectStoreError } from './expect-error.js';

export function proposal(id: string, overrides: Partial<ProposalInput> = {}): ProposalInput {
  return {
    id,
    kind: 'new',
    targetId: null,
    label: 'Institution',
    title: 'Repair-Café Zittau',
    payload: {
      label: 'Institution',
      properties: { name: 'Repair-Café Zittau', kind: 'initiative', sector: 'civil_society' },
      regionId: 'reg-zittau',
      topicIds: ['top-circular_economy'],
      offers: [{ name: 'Werkstattraum', kind: 'rooms' }],
      needs: [],
    },
    status: 'pending',
    reason: null,
    submittedBy: null,
    contactEmail: 'anna@example.org',
    sourceKey: 'addr-1',
    regionIds: ['reg-goerlitz', 'reg-sachsen', 'reg-zittau'],
    decidedBy: null,
    decidedAt: null,
    createdIds: [],
    ...overrides,
  };
}

const entry: Change = {
  op: 'createNode',
  label: 'Institution',
  id: 'ins-new',
  properties: { name: 'Repair-Café Zittau', kind: 'initiative', sector: 'civil_society' },
};

const approved = (overrides: Partial<ProposalInput> = {}): ProposalInput =>
  proposal('pro-1', {
    status: 'approved',
    decidedBy: 'acc-1',
    decidedAt: '2026-12-07T05:00:00.000Z',
    createdIds: ['ins-new'],
    ...overrides,
  });

export function proposalCases(getStore: () => GraphStore): void {
  describe('proposals', () => {
    it('creates pending with version 1, reads it back and approves it with the entry in one write', async () => {
      const store = getStore();
      const { proposal: saved } = await store.saveProposal(proposal('pro-1'), undefined, []);
      expect(saved).toMatchObject({ id: 'pro-1', status: 'pending', version: 1, targetId: null });
      expect(saved.payload.offers).toEqual([{ name: 'Werkstattraum', kind: 'rooms' }]);
      expect(await store.getProposal('pro-1')).toEqual(saved);
      expect(await store.getProposal('pro-2')).toBeNull();
      expect(await store.getNodes(['ins-new'])).toEqual([]);
      const audit = { actorId: 'acc-1', action: 'proposal.approve' };
      const { proposal: done, result } = await store.saveProposal(approved(), 1, [entry], audit);
      expect(done).toMatchObject({ status: 'approved', version: 2, createdIds: ['ins-new'] });
      expect(done.createdAt).toBe(saved.createdAt);
      expect(result.nodes.map((node) => node.id)).toEqual(['ins-new']);
      expect(await store.getNodes(['ins-new'])).toHaveLength(1);
      const entries = (await allAudit(store)).filter((e) => e.action === 'proposal.approve');
      const items = entries.flatMap((e) => e.items).map((item) => `${item.kind}:${item.id}`);
      expect(items.sort()).toEqual(['Institution:ins-new', 'Proposal:pro-1']);
      // Field names only: the contact e-mail never reaches the trail.
      expect(JSON.stringify(await allAudit(store))).not.toContain('anna@example.org');
      await expectStoreError(store.saveProposal(approved(), 1, []), 'CONFLICT');
      // Approving twice would write the entry twice: a decided proposal writes no graph changes.
      const twice = { ...entry, id: 'ins-twice' } as Change;
      await expectIssue(store.saveProposal(approved(), 2, [twice]), 'status');
      expect(await store.getNodes(['ins-twice'])).toEqual([]);
      await expectStoreError(store.saveProposal(proposal('pro-1'), undefined, []), 'DUPLICATE_ID');
      await expectStoreError(store.saveProposal(approved({ id: 'pro-9' }), 1, []), 'NOT_FOUND');
    });

    it('writes nothing when the entry is refused, and never reopens a decision', async () => {
      const store = getStore();
      await store.saveProposal(proposal('pro-1'), undefined, []);
      const broken: Change = {
        op: 'createRelationship',
        type: 'LOCATED_IN',
        id: 'loc-1',
        from: 'ins-new',
        to: 'reg-missing',
        properties: {},
      };
      await expectStoreError(
        store.saveProposal(approved(), 1, [entry, broken], { actorId: 'acc-1', action: 'x.y' }),
        'NOT_FOUND',
      );
      expect(await store.getProposal('pro-1')).toMatchObject({ status: 'pending', version: 1 });
      expect(await store.getNodes(['ins-new'])).toEqual([]);
      expect((await allAudit(store)).filter((e) => e.action === 'x.y')).toEqual([]);
      const rejected = proposal('pro-1', { status: 'rejected', reason: 'Doppelt' });
      await store.saveProposal(rejected, 1, []);
      await expectIssue(store.saveProposal(approved(), 2, [entry]), 'status');
      await expectIssue(store.saveProposal(proposal('pro-1'), 2, []), 'status');
      // Clearing the contact after the decision keeps the state.
      const cleared = await store.saveProposal({ ...rejected, contactEmail: null }, 2, []);
      expect(cleared.proposal).toMatchObject({ status: 'rejected', contactEmail: null });
    });

    it('lists newest first per region, state and proposer, pages, and counts per address', async () => {
      const store = getStore();
      await store.saveProposal(proposal('pro-1'), undefined, []);
      await store.saveProposal(proposal('pro-2', { submittedBy: 'acc-7' }), undefined, []);
      await store.saveProposal(
        proposal('pro-3', { regionIds: ['reg-leipzig', 'reg-sachsen'], sourceKey: 'addr-2' }),
        undefined,
        [],
      );
      await store.saveProposal(
        { ...proposal('pro-2', { submittedBy: 'acc-7' }), status: 'rejected', reason: 'Spam' },
        1,
        [],
      );
      const all = await store.listProposals({ first: 10 });
      expect(all.proposals.map((p) => p.id)).toEqual(['pro-3', 'pro-2', 'pro-1']);
      const pending = await store.listProposals({
        first: 10,
        regionId: 'reg-goerlitz',
        statuses: ['pending'],
      });
      expect(pending.proposals.map((p) => p.id)).toEqual(['pro-1']);
      const mine = await store.listProposals({ first: 10, submittedBy: 'acc-7' });
      expect(mine.proposals.map((p) => p.id)).toEqual(['pro-2']);
      const first = await store.listProposals({ first: 2, regionId: 'reg-sachsen' });
      expect(first.proposals.map((p) => p.id)).toEqual(['pro-3', 'pro-2']);
      expect(first.hasNextPage).toBe(true);
      const second = await store.listProposals({
        first: 2,
        regionId: 'reg-sachsen',
        after: first.endCursor ?? '',
      });
      expect(second.proposals.map((p) => p.id)).toEqual(['pro-1']);
      expect(second.hasNextPage).toBe(false);
      expect(await store.countProposals({ status: 'pending' })).toBe(2);
      expect(await store.countProposals({ status: 'pending', sourceKey: 'addr-1' })).toBe(1);
      expect(await store.countProposals({ status: 'pending', regionId: 'reg-leipzig' })).toBe(1);
      expect(await store.countProposals({ status: 'rejected' })).toBe(1);
    });

    it("lists and counts the proposals of any of a coordinator's regions", async () => {
      const store = getStore();
      await store.saveProposal(proposal('pro-1'), undefined, []);
      await store.saveProposal(
        proposal('pro-2', { regionIds: ['reg-leipzig', 'reg-sachsen'] }),
        undefined,
        [],
      );
      await store.saveProposal(proposal('pro-3', { regionIds: ['reg-dresden'] }), undefined, []);
      // No place given: in no region, so in every coordinator's queue.
      await store.saveProposal(proposal('pro-4', { regionIds: [] }), undefined, []);
      const ids = async (regionIds: string[]) =>
        (await store.listProposals({ first: 10, regionIds })).proposals.map((p) => p.id);
      expect(await ids(['reg-leipzig', 'reg-zittau'])).toEqual(['pro-4', 'pro-2', 'pro-1']);
      expect(await ids(['reg-dresden'])).toEqual(['pro-4', 'pro-3']);
      expect(await ids([])).toEqual(['pro-4']);
      const both = await store.listProposals({
        first: 10,
        regionId: 'reg-sachsen',
        regionIds: ['reg-leipzig', 'reg-dresden'],
      });
      expect(both.proposals.map((p) => p.id)).toEqual(['pro-2']);
      const count = (regionIds: string[]) => store.countProposals({ status: 'pending', regionIds });
      expect(await count(['reg-goerlitz', 'reg-dresden'])).toBe(3);
      expect(await count(['reg-chemnitz'])).toBe(1);
      expect(await store.countProposals({ status: 'pending' })).toBe(4);
      await expectIssue(store.listProposals({ first: 10, regionIds: ['no good'] }), 'regionIds[0]');
      await expectIssue(count(['reg-x', 'no good']), 'regionIds[1]');
    });

    it('stays out of graph reads and goes with clear()', async () => {
      const store = getStore();
      await store.saveProposal(proposal('pro-1'), undefined, []);
      expect(await store.getNodes(['pro-1'])).toEqual([]);
      expect((await store.search({ text: 'Repair', first: 10 })).hits).toEqual([]);
      await store.clear();
      expect(await store.getProposal('pro-1')).toBeNull();
    });

    it('refuses bad input with the path of each problem', async () => {
      const store = getStore();
      const save = (input: ProposalInput) => store.saveProposal(input, undefined, []);
      await expectIssue(save(proposal('pro-1', { status: 'approved' })), 'status');
      await expectIssue(save(proposal('pro-1', { kind: 'change' })), 'targetId');
      await expectIssue(save(proposal('pro-1', { contactEmail: 'nope' })), 'contactEmail');
      const base = proposal('pro-1').payload;
      await expectIssue(
        save(proposal('pro-1', { payload: { ...base, properties: { name: 'X' } } })),
        'payload.properties.kind',
      );
      await expectIssue(
        save(proposal('pro-1', { payload: { ...base, label: 'Project' } })),
        'payload.offers',
      );
      await expectIssue(
        save(proposal('pro-1', { payload: { ...base, topicIds: Array(13).fill('top-x') } })),
        'payload.topicIds',
      );
      await expectIssue(
        save(proposal('pro-1', { payload: { ...base, needs: [{ name: 'Geld', kind: 'gold' }] } })),
        'payload.needs[0].kind',
      );
      const huge = { ...base, properties: { ...base.properties, address: 'x'.repeat(20_000) } };
      await expectIssue(save(proposal('pro-1', { payload: huge })), 'payload');
      await expectIssue(
        store.saveProposal(proposal('pro-1', { status: 'rejected', reason: ' ' }), 1, []),
        'reason',
      );
      await expectIssue(store.listProposals({ first: 0 }), 'first');
      await expectIssue(store.countProposals({ status: 'open' as never }), 'status');
    });
  });
}
