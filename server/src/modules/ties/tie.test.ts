import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from '../../auth/accounts.js';
import { startTestApi, TEST_PASSWORD } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
/** Tokens of members acting for one entry each, and of the test coordinator and a plain member. */
const tokens: Record<string, string> = {};

async function memberActingFor(name: string, actorIds: string[]): Promise<string> {
  const email = `${name}@example.org`;
  const account = await newAccount({ email, password: TEST_PASSWORD, role: 'member' });
  await api.store.saveAccount({ ...account, actorIds });
  return api.login(email);
}

beforeAll(async () => {
  api = await startTestApi();
  tokens.goerlitz = await memberActingFor('energie', ['ins-energie-goerlitz']);
  tokens.liga = await memberActingFor('liga', ['ins-gruene-liga']);
  tokens.anna = await memberActingFor('anna', ['per-anna']);
  tokens.coordinator = await api.tokenFor('coordinator');
  tokens.member = await api.tokenFor('member');
});
afterAll(() => api.close());

interface Proposal {
  id: string;
  status: string;
  version: number;
  decisions: string[];
  tieId: string | null;
  decidedBy: string | null;
  type: string;
}
const FIELDS =
  'id status version decisions tieId decidedBy decidedAt type note from { id } to { id }';
const PROPOSE = `mutation ($input: ProposeTieInput!) { proposeTie(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation ($input: DecideTieInput!) { decideTie(input: $input) { ${FIELDS} } }`;
const MINE = `{ myTieProposals { tieProposals { id status decisions } } }`;
const LIST = `query ($regionId: ID) { tieProposals(regionId: $regionId) { tieProposals { id status } } }`;
const TIES = `query ($id: ID!) { node(id: $id) { id } neighbourhood(ids: [$id], depth: 1, relationshipTypes: [COOPERATES_WITH]) { edges { id } } }`;

async function propose(token: string, input: Record<string, unknown>) {
  return api.gql<{ proposeTie: Proposal }>(PROPOSE, { input }, token);
}
const code = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  errors?.[0]?.extensions?.code;

describe('ties confirmed from both sides', () => {
  it('proposes for an entry the account acts for; the other side confirms and the tie is written', async () => {
    const { data, errors } = await propose(tokens.goerlitz ?? '', {
      fromId: 'ins-energie-goerlitz',
      toId: 'ins-gruene-liga',
      note: 'Gemeinsames Lastenrad',
    });
    expect(errors).toBeUndefined();
    const proposal = data?.proposeTie;
    expect(proposal).toMatchObject({
      status: 'pending',
      type: 'COOPERATES_WITH',
      decisions: ['withdrawn'],
    });
    // Not in the graph while pending.
    const before = await api.gql<{
      neighbourhood: { edges: { id: string }[] };
    }>(TIES, { id: 'ins-gruene-liga' }, tokens.coordinator);
    expect(before.data?.neighbourhood.edges).toEqual([]);
    // The other side sees it and may decide; a plain member and a guest see none.
    const theirs = await api.gql<{ myTieProposals: { tieProposals: Proposal[] } }>(
      MINE,
      {},
      tokens.liga,
    );
    expect(theirs.data?.myTieProposals.tieProposals).toEqual([
      { id: proposal?.id, status: 'pending', decisions: ['confirmed', 'declined'] },
    ]);
    const plain = await api.gql<{ myTieProposals: { tieProposals: Proposal[] } }>(
      MINE,
      {},
      tokens.member,
    );
    expect(plain.data?.myTieProposals.tieProposals).toEqual([]);
    expect(code((await api.gql(MINE, {})).errors)).toBe('UNAUTHENTICATED');
    expect(code((await api.gql(LIST, {}, tokens.liga)).errors)).toBe('FORBIDDEN');
    // The proposer may not confirm its own proposal.
    const input = { id: proposal?.id, status: 'confirmed', expectedVersion: 1 };
    expect(code((await api.gql(DECIDE, { input }, tokens.goerlitz)).errors)).toBe('FORBIDDEN');
    const confirmed = await api.gql<{ decideTie: Proposal }>(DECIDE, { input }, tokens.liga);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.decideTie).toMatchObject({ status: 'confirmed', decisions: [] });
    expect(confirmed.data?.decideTie.tieId).toMatch(/^rel-/);
    const after = await api.gql<{ neighbourhood: { edges: { id: string }[] } }>(
      TIES,
      { id: 'ins-gruene-liga' },
      tokens.coordinator,
    );
    expect(after.data?.neighbourhood.edges.map((rel) => rel.id)).toEqual([
      confirmed.data?.decideTie.tieId,
    ]);
    // Now the tie exists: a new proposal for the pair is refused either way round.
    const again = await propose(tokens.liga ?? '', {
      fromId: 'ins-gruene-liga',
      toId: 'ins-energie-goerlitz',
    });
    expect(code(again.errors)).toBe('TIE_EXISTS');
  });

  it('refuses a second open proposal, lets the proposer withdraw, and a coordinator decline', async () => {
    const first = await propose(tokens.goerlitz ?? '', {
      fromId: 'ins-energie-goerlitz',
      toId: 'ins-energiewende',
    });
    const id = first.data?.proposeTie.id;
    expect(id).toBeDefined();
    const dup = await propose(tokens.goerlitz ?? '', {
      fromId: 'ins-energie-goerlitz',
      toId: 'ins-energiewende',
    });
    expect(code(dup.errors)).toBe('TIE_EXISTS');
    const listed = await api.gql<{ tieProposals: { tieProposals: Proposal[] } }>(
      LIST,
      {},
      tokens.coordinator,
    );
    expect(listed.data?.tieProposals.tieProposals.map((p) => p.id)).toContain(id);
    const withdrawn = await api.gql<{ decideTie: Proposal }>(
      DECIDE,
      { input: { id, status: 'withdrawn', expectedVersion: 1 } },
      tokens.goerlitz,
    );
    expect(withdrawn.data?.decideTie.status).toBe('withdrawn');
    const stale = await api.gql(
      DECIDE,
      { input: { id, status: 'declined', expectedVersion: 2 } },
      tokens.coordinator,
    );
    expect(code(stale.errors)).toBe('BAD_USER_INPUT');
    const second = await propose(tokens.goerlitz ?? '', {
      fromId: 'ins-energie-goerlitz',
      toId: 'ins-energiewende',
    });
    const declined = await api.gql<{ decideTie: Proposal }>(
      DECIDE,
      { input: { id: second.data?.proposeTie.id, status: 'declined', expectedVersion: 1 } },
      tokens.coordinator,
    );
    expect(declined.data?.decideTie).toMatchObject({ status: 'declined', tieId: null });
    expect(declined.data?.decideTie.decidedBy).toBe(api.accountIds.coordinator);
  });

  it('refuses proposals for entries the account does not act for, and mixed or unknown pairs', async () => {
    const foreign = await propose(tokens.goerlitz ?? '', {
      fromId: 'ins-gruene-liga',
      toId: 'ins-energiewende',
    });
    expect(code(foreign.errors)).toBe('FORBIDDEN');
    const mixed = await propose(tokens.anna ?? '', { fromId: 'per-anna', toId: 'ins-gruene-liga' });
    expect(code(mixed.errors)).toBe('BAD_USER_INPUT');
    // per-carla is visible to coordinators only: for this member she does not exist.
    const hidden = await propose(tokens.anna ?? '', { fromId: 'per-anna', toId: 'per-carla' });
    expect(code(hidden.errors)).toBe('BAD_USER_INPUT');
    const guest = await api.gql(PROPOSE, { input: { fromId: 'per-anna', toId: 'per-bernd' } });
    expect(code(guest.errors)).toBe('UNAUTHENTICATED');
  });

  it('audits without the note', async () => {
    const AUDIT = `{ auditLog(first: 50) { entries { action note items { kind properties } } } }`;
    const admin = await api.tokenFor('admin');
    const { data } = await api.gql<{ auditLog: { entries: { action: string }[] } }>(
      AUDIT,
      {},
      admin,
    );
    const actions = data?.auditLog.entries.map((entry) => entry.action) ?? [];
    expect(actions).toEqual(
      expect.arrayContaining(['tie.propose', 'tie.confirm', 'tie.withdraw', 'tie.decline']),
    );
    expect(JSON.stringify(data)).not.toContain('Lastenrad');
  });
});
