import 'reflect-metadata';
import { regionId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
let coordinator: string;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.tokenFor('coordinator');
});
afterAll(() => api.close());

interface Intro {
  id: string;
  status: string;
  version: number;
  nextStatuses: string[];
  tieId: string | null;
  introducedOn: string | null;
  introducedBy: string | null;
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}
const FIELDS =
  'id status version nextStatuses tieId introducedOn introducedBy note channel from { id name } to { id name }';
const RECORD = `mutation ($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation ($input: MoveIntroductionInput!) { moveIntroduction(input: $input) { ${FIELDS} } }`;
const LIST = `query ($regionId: ID, $openOnly: Boolean!) { introductions(regionId: $regionId, openOnly: $openOnly) { introductions { id status } hasNextPage } }`;
const SUMMARY = `query ($regionId: ID) { introductionSummary(regionId: $regionId) { total cooperating byStatus { status count } } }`;
const AUDIT = `query ($id: ID) { auditLog(entityId: $id) { entries { action note items { kind id properties } } } }`;

const GOERLITZ = regionId('14626');
const LEIPZIG = regionId('14713');
const pair = { fromId: 'ins-energie-goerlitz', toId: 'ins-gruene-liga', source: 'link_suggestion' };

async function record(input: Record<string, unknown> = {}): Promise<Intro> {
  const { data, errors } = await api.gql<{ recordIntroduction: Intro }>(
    RECORD,
    { input: { ...pair, channel: 'email', note: 'Beide planen Solardächer.', ...input } },
    coordinator,
  );
  expect(errors).toBeUndefined();
  return data?.recordIntroduction as Intro;
}

const move = (input: Record<string, unknown>, token: string | null = coordinator) =>
  api.gql<{ moveIntroduction: Intro }>(MOVE, { input }, token);

describe('introductions', () => {
  it('needs a coordinator to record, list or move', async () => {
    const guest = await api.gql(RECORD, { input: pair }, null);
    expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const member = await api.gql(RECORD, { input: pair }, await api.tokenFor('member'));
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.gql(LIST, { openOnly: true }, await api.tokenFor('member'));
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moved = await move({ id: 'int-x', status: 'in_contact', expectedVersion: 1 }, null);
    expect(moved.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records an introduction, lists it as open in the regions of both ends, and audits it', async () => {
    const intro = await record();
    expect(intro).toMatchObject({
      status: 'introduced',
      version: 1,
      nextStatuses: ['in_contact', 'not_now'],
      introducedBy: api.accountIds.coordinator,
      note: 'Beide planen Solardächer.',
      channel: 'email',
      from: { id: 'ins-energie-goerlitz', name: 'Bürgerenergie Görlitz eG' },
      to: { id: 'ins-gruene-liga' },
    });
    expect(intro.id).toMatch(/^int-[0-9a-f]{16}$/);
    expect(intro.introducedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const region of [GOERLITZ, LEIPZIG, 'reg-14']) {
      const { data } = await api.gql<{ introductions: { introductions: { id: string }[] } }>(
        LIST,
        { regionId: region, openOnly: true },
        coordinator,
      );
      expect(data?.introductions.introductions.map((i) => i.id)).toContain(intro.id);
    }
    const audit = await api.gql<{ auditLog: { entries: { action: string }[] } }>(
      AUDIT,
      { id: intro.id },
      await api.tokenFor('admin'),
    );
    expect(audit.data?.auditLog.entries.map((entry) => entry.action)).toEqual([
      'introduction.record',
    ]);
    expect(JSON.stringify(audit)).not.toContain('Solardächer');
  });

  it('refuses a move the state machine does not allow, and a stale version', async () => {
    const intro = await record();
    const skip = await move({ id: intro.id, status: 'cooperating', expectedVersion: 1 });
    expect(skip.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(skip.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'status', message: 'cannot move from introduced to cooperating' },
    ]);
    const first = await move({ id: intro.id, status: 'in_contact', expectedVersion: 1 });
    // Regression: a move without a note keeps the note recorded before.
    expect(first.data?.moveIntroduction).toMatchObject({
      status: 'in_contact',
      version: 2,
      note: 'Beide planen Solardächer.',
    });
    const stale = await move({ id: intro.id, status: 'not_now', expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await move({ id: 'int-0000', status: 'not_now', expectedVersion: 1 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses pairs of different labels, unknown actors and bad dates with the field paths', async () => {
    const mixed = await api.gql(RECORD, { input: { ...pair, toId: 'per-anna' } }, coordinator);
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(
      RECORD,
      { input: { ...pair, toId: 'ins-nowhere', introducedOn: '2026-13-01' } },
      coordinator,
    );
    const paths = (unknown.errors?.[0]?.extensions?.issues as { path: string }[]).map(
      (i) => i.path,
    );
    expect(paths).toEqual(['introducedOn']);
    const again = await api.gql(RECORD, { input: { ...pair, toId: 'ins-nowhere' } }, coordinator);
    expect(again.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'toId', message: 'is not a known actor' },
    ]);
  });

  it('writes the cooperation tie when the pair cooperates, and counts it in the public summary', async () => {
    const before = await api.gql<{ introductionSummary: { cooperating: number } }>(
      SUMMARY,
      { regionId: LEIPZIG },
      null,
    );
    const intro = await record({ fromId: 'ins-energieagentur', toId: 'ins-gruene-liga' });
    await move({ id: intro.id, status: 'in_contact', expectedVersion: 1 });
    const done = await move({
      id: intro.id,
      status: 'cooperating',
      expectedVersion: 2,
      cooperationKind: 'exchange',
    });
    expect(done.errors).toBeUndefined();
    const tieId = done.data?.moveIntroduction.tieId as string;
    expect(done.data?.moveIntroduction).toMatchObject({ status: 'cooperating', nextStatuses: [] });
    const [tie] = await api.store.getRelationships([{ type: 'COOPERATES_WITH', id: tieId }]);
    expect(tie).toMatchObject({
      from: 'ins-energieagentur',
      to: 'ins-gruene-liga',
      properties: { kind: 'exchange' },
    });
    const after = await api.gql<{ introductionSummary: { cooperating: number; total: number } }>(
      SUMMARY,
      { regionId: LEIPZIG },
      null,
    );
    expect(after.errors).toBeUndefined();
    const overall = await api.gql<{ introductionSummary: { total: number } }>(
      '{ introductionSummary { total } }',
      {},
      null,
    );
    expect(overall.errors).toBeUndefined();
    expect(overall.data?.introductionSummary.total).toBeGreaterThan(0);
    expect(after.data?.introductionSummary.cooperating).toBe(
      (before.data?.introductionSummary.cooperating ?? 0) + 1,
    );
    const open = await api.gql<{ introductions: { introductions: { id: string }[] } }>(
      LIST,
      { regionId: LEIPZIG, openOnly: true },
      coordinator,
    );
    expect(open.data?.introductions.introductions.map((i) => i.id)).not.toContain(intro.id);
  });
});
