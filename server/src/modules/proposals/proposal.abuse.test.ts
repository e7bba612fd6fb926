/** Abuse limits at the API: every refusal has its code, and none leaves a record behind. */
import 'reflect-metadata';
import { PROPOSAL_ABUSE_LIMITS, PROPOSAL_LIMITS, regionId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
let clock = 1_800_000_000_000;
beforeAll(async () => {
  api = await startTestApi({ proposals: { now: () => clock } });
});
afterAll(() => api.close());

const SUBMIT = `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const payload = (name: string, extra: Record<string, unknown> = {}) => ({
  label: 'Institution',
  properties: { name, kind: 'initiative', sector: 'civil_society' },
  regionId: regionId('14626'),
  topicIds: [],
  offers: [],
  needs: [],
  ...extra,
});

async function send(body: unknown, options: { wait?: boolean; website?: string } = {}) {
  const token = await api.gql<{ proposalFormToken: string }>('{ proposalFormToken }');
  if (options.wait !== false) clock += PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000;
  const input = {
    payload: body,
    formToken: token.data?.proposalFormToken,
    website: options.website ?? null,
  };
  const { errors } = await api.gql(SUBMIT, { input });
  return errors?.[0]?.extensions?.code;
}

const stored = async () => (await api.store.listProposals({ first: 100 })).proposals.length;

describe('proposal abuse limits', () => {
  it('refuses honeypots, hasty forms, oversized and invalid proposals without storing them', async () => {
    expect(await send(payload('Bot e.V.'), { website: 'http://x.example' })).toBe(
      'PROPOSAL_FORM_INVALID',
    );
    expect(await send(payload('Eilig e.V.'), { wait: false })).toBe('PROPOSAL_TOO_FAST');
    const long = payload('Lang e.V.', {
      properties: {
        name: 'Lang',
        kind: 'initiative',
        sector: 'civil_society',
        description: 'x'.repeat(PROPOSAL_LIMITS.MAX_PAYLOAD_BYTES),
      },
    });
    expect(await send(long)).toBe('PROPOSAL_TOO_LARGE');
    const themes = payload('Viele Themen', {
      topicIds: Array.from({ length: 13 }, (_, i) => `top-${i}`),
    });
    expect(await send(themes)).toBe('BAD_USER_INPUT');
    const offers = Array.from({ length: 11 }, () => ({ name: 'Raum', kind: 'rooms' }));
    expect(await send(payload('Viele Angebote', { offers }))).toBe('BAD_USER_INPUT');
    expect(await send(payload('Projekt', { label: 'Project', offers: [offers[0]] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await stored()).toBe(0);
  });

  it('caps pending proposals per address, then the hourly rate', async () => {
    for (let i = 0; i < PROPOSAL_ABUSE_LIMITS.PENDING; i++) {
      expect(await send(payload(`Initiative ${i}`))).toBeUndefined();
    }
    expect(await send(payload('Noch eine'))).toBe('TOO_MANY_PENDING_PROPOSALS');
    const coordinator = await api.tokenFor('coordinator');
    const { proposals } = await api.store.listProposals({ first: 100 });
    for (const proposal of proposals) {
      await api.gql(
        `mutation ($input: RejectProposalInput!) { rejectProposal(input: $input) { id } }`,
        { input: { id: proposal.id, expectedVersion: 1, reason: 'Test' } },
        coordinator,
      );
    }
    const allowance = PROPOSAL_ABUSE_LIMITS.PER_HOUR - PROPOSAL_ABUSE_LIMITS.PENDING;
    for (let i = 0; i < allowance; i++) expect(await send(payload(`Weitere ${i}`))).toBeUndefined();
    expect(await send(payload('Zu viele'))).toBe('TOO_MANY_REQUESTS');
    expect(await stored()).toBe(PROPOSAL_ABUSE_LIMITS.PER_HOUR);
  });
});
