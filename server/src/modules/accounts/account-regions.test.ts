import 'reflect-metadata';
import { PROPOSAL_ABUSE_LIMITS, STATE_REGION_ID, regionId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ACCOUNTS,
  TEST_PASSWORD,
  startTestApi,
} from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

const GOERLITZ = regionId('14626');
const LEIPZIG = regionId('14713');
let api: TestApi;
/** The proposal form's clock: moved forward instead of waiting. */
let clock = 1_800_000_000_000;
beforeAll(async () => {
  api = await startTestApi({ proposals: { now: () => clock } });
});
afterAll(() => api.close());

const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id version regionIds } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, expectedVersion: $v, input: $input) { id version regionIds }
}`;
const ME = '{ me { id regionIds } }';
const QUEUES = `query ($mine: Boolean!) {
  proposals(status: pending, myRegions: $mine) { proposals { id title } }
  pendingProposalCount(myRegions: $mine)
  introductions(openOnly: true, myRegions: $mine) { introductions { id from { id } } }
  tieProposals(myRegions: $mine) { tieProposals { id from { id } } }
}`;

type Account = { id: string; version: number; regionIds: string[] };
type Queues = {
  proposals: { proposals: { title: string }[] };
  pendingProposalCount: number;
  introductions: { introductions: { from: { id: string } }[] };
  tieProposals: { tieProposals: { from: { id: string } }[] };
};

async function newAccount(email: string, role: string, extra: Record<string, unknown> = {}) {
  const admin = await api.login(TEST_ACCOUNTS.admin);
  const input = { email, password: TEST_PASSWORD, role, ...extra };
  const { data, errors } = await api.gql<{ createAccount: Account }>(CREATE, { input }, admin);
  if (!data) throw new Error(`account not created: ${JSON.stringify(errors)}`);
  return data.createAccount;
}

async function queues(token: string, mine: boolean) {
  const { data, errors } = await api.gql<Queues>(QUEUES, { mine }, token);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no queues');
  return {
    proposals: data.proposals.proposals.map((p) => p.title).sort(),
    count: data.pendingProposalCount,
    introductions: data.introductions.introductions.map((i) => i.from.id).sort(),
    ties: data.tieProposals.tieProposals.map((t) => t.from.id).sort(),
  };
}

describe('regions an account looks after', () => {
  it('are set by admins only, must be existing districts, and come back on the account', async () => {
    const admin = await api.login(TEST_ACCOUNTS.admin);
    const account = await newAccount('kreis.goerlitz@example.org', 'coordinator');
    expect(account.regionIds).toEqual([]);
    for (const role of ['coordinator', 'member'] as const) {
      const refused = await api.gql(
        UPDATE,
        { id: account.id, v: 1, input: { regionIds: [GOERLITZ] } },
        await api.login(TEST_ACCOUNTS[role]),
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The state, an entry and an unknown district are no districts; the ids come back to name them.
    for (const bad of [[STATE_REGION_ID], ['ins-gruene-liga'], [GOERLITZ, regionId('14999')]]) {
      const refused = await api.gql(
        UPDATE,
        { id: account.id, v: 1, input: { regionIds: bad } },
        admin,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'REGION_NOT_DISTRICT',
        regionIds: bad.filter((id) => id !== GOERLITZ),
      });
    }
    for (const bad of [[GOERLITZ, GOERLITZ], ['no good']]) {
      const refused = await api.gql(
        UPDATE,
        { id: account.id, v: 1, input: { regionIds: bad } },
        admin,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const created = await api.gql(
      CREATE,
      {
        input: {
          email: 'staat@example.org',
          password: TEST_PASSWORD,
          role: 'coordinator',
          regionIds: [STATE_REGION_ID],
        },
      },
      admin,
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('REGION_NOT_DISTRICT');
    expect((await api.store.getAccount({ email: 'staat@example.org' })) ?? null).toBeNull();

    const set = await api.gql<{ updateAccount: Account }>(
      UPDATE,
      { id: account.id, v: 1, input: { regionIds: [LEIPZIG, GOERLITZ] } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.updateAccount).toMatchObject({ version: 2, regionIds: [LEIPZIG, GOERLITZ] });
    const token = await api.login('kreis.goerlitz@example.org');
    const me = await api.gql<{ me: Account }>(ME, {}, token);
    expect(me.data?.me.regionIds).toEqual([LEIPZIG, GOERLITZ]);
    const audit = await api.store.listAudit({ entityId: account.id, first: 10 });
    expect(audit.entries[0]?.items[0]?.properties).toEqual(['regionIds']);
  });
});

describe('queues of a coordinator with regions', () => {
  beforeAll(async () => {
    const admin = await api.login(TEST_ACCOUNTS.admin);
    for (const [name, region] of [
      ['Repair-Café Görlitz', GOERLITZ],
      ['Repair-Café Leipzig', LEIPZIG],
      ['Repair-Café ohne Ort', null],
    ] as const) {
      const { data } = await api.gql<{ proposalFormToken: string }>('{ proposalFormToken }');
      clock += PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000;
      const payload = {
        label: 'Institution',
        properties: { name, kind: 'initiative', sector: 'civil_society' },
        topicIds: [],
        offers: [],
        needs: [],
        regionId: region,
      };
      const sent = await api.gql(
        `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        { input: { payload, formToken: data?.proposalFormToken } },
      );
      expect(sent.errors).toBeUndefined();
    }
    // Görlitz: Oberschule Löbau, Bürgerenergie Görlitz; Leipzig: Grüne Liga (their partners have no place).
    for (const [fromId, toId] of [
      ['ins-schule-loebau', 'ins-energietisch'],
      ['ins-gruene-liga', 'ins-kirche-zittau'],
    ]) {
      const recorded = await api.gql(
        `mutation ($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id } }`,
        { input: { fromId, toId, source: 'link_suggestion' } },
        admin,
      );
      expect(recorded.errors).toBeUndefined();
    }
    const member = await newAccount('zwei.vereine@example.org', 'member', {
      actorIds: ['ins-energie-goerlitz', 'ins-gruene-liga'],
    });
    expect(member.id).toBeTruthy();
    const memberToken = await api.login('zwei.vereine@example.org');
    for (const [fromId, toId] of [
      ['ins-energie-goerlitz', 'ins-energiewende'],
      ['ins-gruene-liga', 'ins-energieagentur'],
    ]) {
      const proposed = await api.gql(
        `mutation ($input: ProposeTieInput!) { proposeTie(input: $input) { id } }`,
        { input: { fromId, toId } },
        memberToken,
      );
      expect(proposed.errors).toBeUndefined();
    }
  });

  const everything = {
    proposals: ['Repair-Café Görlitz', 'Repair-Café Leipzig', 'Repair-Café ohne Ort'],
    count: 3,
    introductions: ['ins-gruene-liga', 'ins-schule-loebau'],
    ties: ['ins-energie-goerlitz', 'ins-gruene-liga'],
  };

  it('shows only their regions when asked, all of Saxony otherwise, and acting stays state-wide', async () => {
    await newAccount('nur.goerlitz@example.org', 'coordinator', { regionIds: [GOERLITZ] });
    const token = await api.login('nur.goerlitz@example.org');
    // A proposal without a place is in nobody's region, so it stays in every coordinator's queue.
    expect(await queues(token, true)).toEqual({
      proposals: ['Repair-Café Görlitz', 'Repair-Café ohne Ort'],
      count: 2,
      introductions: ['ins-schule-loebau'],
      ties: ['ins-energie-goerlitz'],
    });
    expect(await queues(token, false)).toEqual(everything);
    // A default view, not a permission: the Leipzig proposal can still be rejected from Görlitz.
    const leipzig = await api.store.listProposals({ first: 10, regionId: LEIPZIG });
    const proposal = leipzig.proposals[0];
    const rejected = await api.gql(
      `mutation ($input: RejectProposalInput!) { rejectProposal(input: $input) { status } }`,
      { input: { id: proposal?.id, expectedVersion: proposal?.version, reason: 'Doppelt' } },
      token,
    );
    expect(rejected.errors).toBeUndefined();
    expect((await queues(token, false)).count).toBe(2);
  });

  it('are all of Saxony for a coordinator or admin without regions, even when asked for their own', async () => {
    const all = {
      ...everything,
      proposals: ['Repair-Café Görlitz', 'Repair-Café ohne Ort'],
      count: 2,
    };
    expect(await queues(await api.login(TEST_ACCOUNTS.coordinator), true)).toEqual(all);
    expect(await queues(await api.login(TEST_ACCOUNTS.admin), true)).toEqual(all);
  });
});
