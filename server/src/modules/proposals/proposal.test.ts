import 'reflect-metadata';
import { PROPOSAL_ABUSE_LIMITS, regionId, topicId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACCOUNTS, startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
let coordinator: string;
/** The form tokens' clock: moved forward instead of waiting. */
let clock = 1_800_000_000_000;
beforeAll(async () => {
  api = await startTestApi({ proposals: { now: () => clock } });
  coordinator = await api.tokenFor('coordinator');
});
afterAll(() => api.close());

const GOERLITZ = regionId('14626');
const SUBMIT = `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }`;
const FIELDS =
  'id kind status title version reason contactEmail createdIds duplicates { id } target { id }';
const LIST = `query ($regionId: ID, $status: ProposalStatus) { proposals(regionId: $regionId, status: $status) { proposals { ${FIELDS} } } }`;
const APPROVE = `mutation ($input: ApproveProposalInput!) { approveProposal(input: $input) { ${FIELDS} } }`;
const REJECT = `mutation ($input: RejectProposalInput!) { rejectProposal(input: $input) { ${FIELDS} } }`;
const COUNT = `query ($regionId: ID) { pendingProposalCount(regionId: $regionId) }`;
const SEARCH = `query ($text: String!) { search(text: $text) { edges { node { id name } } } }`;

async function formToken(): Promise<string> {
  const { data } = await api.gql<{ proposalFormToken: string }>('{ proposalFormToken }');
  clock += PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000;
  return data?.proposalFormToken ?? '';
}

const initiative = (name: string) => ({
  label: 'Institution',
  properties: {
    name,
    kind: 'initiative',
    sector: 'civil_society',
    description: ' Wir reparieren. ',
  },
  regionId: GOERLITZ,
  topicIds: [topicId('energy_climate')],
  offers: [{ name: 'Werkstattraum', kind: 'rooms' }],
  needs: [{ name: 'Werkzeugspenden', kind: 'material' }],
});

async function submit(
  payload: unknown,
  extra: Record<string, unknown> = {},
  token: string | null = null,
) {
  const input = {
    payload,
    formToken: await formToken(),
    contactEmail: 'kontakt@example.org',
    ...extra,
  };
  return api.gql<{ submitProposal: { id: string; status: string } }>(SUBMIT, { input }, token);
}

async function pendingList(token: string | null = coordinator) {
  const { data, errors } = await api.gql<{ proposals: { proposals: Record<string, unknown>[] } }>(
    LIST,
    { status: 'pending' },
    token,
  );
  return { list: data?.proposals.proposals ?? [], errors };
}

describe('proposals', () => {
  it('lets a guest propose; nothing is public until a coordinator approves, then the entry is found', async () => {
    const sent = await submit(initiative('Repair-Café Görlitz'));
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitProposal.status).toBe('pending');
    const id = sent.data?.submitProposal.id ?? '';
    const hidden = await api.gql<{ search: { edges: unknown[] } }>(SEARCH, { text: 'Repair' });
    expect(hidden.data?.search.edges).toEqual([]);
    expect((await pendingList(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const member = await pendingList(await api.tokenFor('member'));
    expect(member.list).toEqual([]);
    const { list } = await pendingList();
    expect(list).toEqual([
      expect.objectContaining({
        id,
        title: 'Repair-Café Görlitz',
        contactEmail: 'kontakt@example.org',
      }),
    ]);
    const count = await api.gql<{ pendingProposalCount: number }>(
      COUNT,
      { regionId: GOERLITZ },
      coordinator,
    );
    expect(count.data?.pendingProposalCount).toBe(1);

    const approved = await api.gql<{ approveProposal: Record<string, unknown> }>(
      APPROVE,
      { input: { id, expectedVersion: 1 } },
      coordinator,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveProposal).toMatchObject({
      status: 'approved',
      contactEmail: null,
    });
    const found = await api.gql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, {
      text: 'Repair-Café',
    });
    const entryId = found.data?.search.edges[0]?.node.id ?? '';
    expect(approved.data?.approveProposal.createdIds).toContain(entryId);
    const [entry] = await api.store.getNodes([entryId]);
    expect(entry?.properties).toMatchObject({
      description: 'Wir reparieren.',
      location: expect.anything(),
    });
    const around = await api.store.neighbourhood({ ids: [entryId], depth: 1, limit: 50 });
    expect(
      around.relationships
        .filter((rel) => rel.from === entryId)
        .map((rel) => rel.type)
        .sort(),
    ).toEqual(['LOCATED_IN', 'NEEDS', 'OFFERS', 'WORKS_ON']);
    const stored = await api.store.getProposal(id);
    expect(stored).toMatchObject({ contactEmail: null, sourceKey: null });
    const again = await api.gql(APPROVE, { input: { id, expectedVersion: 2 } }, coordinator);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects with a reason only, hints duplicates, and a rejected proposal never appears', async () => {
    const sent = await submit(initiative('Energietisch Zittau'));
    const id = sent.data?.submitProposal.id ?? '';
    const { list } = await pendingList();
    expect(list.find((p) => p.id === id)?.duplicates).toEqual([{ id: 'ins-energietisch' }]);
    const member = await api.gql(
      REJECT,
      { input: { id, expectedVersion: 1, reason: 'x' } },
      await api.tokenFor('member'),
    );
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await api.gql(
      REJECT,
      { input: { id, expectedVersion: 1, reason: ' ' } },
      coordinator,
    );
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const done = await api.gql<{ rejectProposal: Record<string, unknown> }>(
      REJECT,
      { input: { id, expectedVersion: 1, reason: 'Gibt es schon.' } },
      coordinator,
    );
    expect(done.data?.rejectProposal).toMatchObject({
      status: 'rejected',
      reason: 'Gibt es schon.',
    });
    const search = await api.gql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, {
      text: 'Energietisch',
    });
    expect(search.data?.search.edges.map((hit) => hit.node.id)).toEqual(['ins-energietisch']);
  });

  it('lets a coordinator edit the payload before approving, all or nothing', async () => {
    const sent = await submit(initiative('Tauschbörse Löbau'));
    const id = sent.data?.submitProposal.id ?? '';
    const bad = await api.gql(
      APPROVE,
      {
        input: { id, expectedVersion: 1, payload: { ...initiative('X'), topicIds: ['top-nope'] } },
      },
      coordinator,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.store.getProposal(id)).toMatchObject({ status: 'pending', version: 1 });
    const edited = await api.gql<{ approveProposal: { title: string } }>(
      APPROVE,
      {
        input: {
          id,
          expectedVersion: 1,
          payload: { ...initiative('Tauschbörse Löbau e.V.'), offers: [] },
        },
      },
      coordinator,
    );
    expect(edited.data?.approveProposal.title).toBe('Tauschbörse Löbau e.V.');
  });

  it('lets a member propose changes only to entries they act for', async () => {
    const change = { ...initiative('Bürgerenergie Görlitz eG'), offers: [], needs: [] };
    const guest = await submit(change, { targetId: 'ins-energie-goerlitz' });
    expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const member = await api.tokenFor('member');
    const notMine = await submit(change, { targetId: 'ins-energie-goerlitz' }, member);
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const account = await api.store.getAccount({ id: api.accountIds.member });
    if (!account) throw new Error('member account missing');
    await api.store.saveAccount(
      { ...account, actorIds: ['ins-energie-goerlitz'] },
      account.version,
    );
    const linked = await api.login(TEST_ACCOUNTS.member);
    const props = { description: 'Neue Beschreibung.' };
    const sent = await submit(
      { ...change, properties: props },
      { targetId: 'ins-energie-goerlitz' },
      linked,
    );
    expect(sent.errors).toBeUndefined();
    const own = await pendingList(linked);
    expect(own.list.map((p) => p.id)).toEqual([sent.data?.submitProposal.id]);
    expect(own.list[0]).toMatchObject({ kind: 'change', contactEmail: null, duplicates: [] });
    const approved = await api.gql(
      APPROVE,
      { input: { id: sent.data?.submitProposal.id, expectedVersion: 1 } },
      coordinator,
    );
    expect(approved.errors).toBeUndefined();
    const [entry] = await api.store.getNodes(['ins-energie-goerlitz']);
    expect(entry?.properties.description).toBe('Neue Beschreibung.');
    expect(entry?.properties.name).toBe('Bürgerenergie Görlitz eG');
  });
});
