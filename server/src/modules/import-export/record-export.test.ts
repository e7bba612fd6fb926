import 'reflect-metadata';
import {
  INTRODUCTION_EXPORT_COLUMNS,
  TIE_PROPOSAL_EXPORT_COLUMNS,
  regionId,
} from '@nzr/graph-schema';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from '../../auth/accounts.js';
import { startTestApi, TEST_PASSWORD } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

// The API tier runs this on the embedded store, the Neo4j tier on Neo4j (test-server.ts switches).
let api: TestApi;
let coordinator: string;
let liga: string;
const NOTE = 'Frau Meier ist privat schwer erreichbar';
const TIE_NOTE = 'Gemeinsames Lastenrad, Handy 0171';
const GOERLITZ = regionId('14626');
const LEIPZIG = regionId('14713');
const FORMULA_NAME = '=HYPERLINK("http://evil.example")';
const ids: Record<string, string> = {};

async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const { data, errors } = await api.gql<T>(query, variables, token);
  expect(errors).toBeUndefined();
  return data as T;
}

async function memberActingFor(name: string, actorIds: string[]): Promise<string> {
  const email = `${name}@example.org`;
  const account = await newAccount({ email, password: TEST_PASSWORD, role: 'member' });
  await api.store.saveAccount({ ...account, displayName: `Konto ${name}`, actorIds });
  return api.login(email);
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.tokenFor('coordinator');
  liga = await memberActingFor('liga', ['ins-gruene-liga']);
  await api.store.applyChanges([
    {
      op: 'createNode',
      label: 'Institution',
      id: 'ins-formel',
      properties: { name: FORMULA_NAME, kind: 'initiative', sector: 'civil_society' },
    },
    {
      op: 'createRelationship',
      type: 'LOCATED_IN',
      id: 'li-formel',
      from: 'ins-formel',
      to: GOERLITZ,
      properties: {},
    },
  ]);
  const RECORD = `mutation ($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id version } }`;
  const MOVE = `mutation ($input: MoveIntroductionInput!) { moveIntroduction(input: $input) { id version } }`;
  const goerlitzLeipzig = await gql<{ recordIntroduction: { id: string; version: number } }>(
    RECORD,
    {
      input: {
        fromId: 'ins-energie-goerlitz',
        toId: 'ins-gruene-liga',
        source: 'ally',
        channel: 'phone',
        note: NOTE,
      },
    },
    coordinator,
  );
  ids.introduction = goerlitzLeipzig.recordIntroduction.id;
  await gql(
    MOVE,
    { input: { id: ids.introduction, status: 'in_contact', expectedVersion: 1, note: NOTE } },
    coordinator,
  );
  const local = await gql<{ recordIntroduction: { id: string } }>(
    RECORD,
    {
      input: {
        fromId: 'ins-formel',
        toId: 'ins-schule-loebau',
        source: 'offer_need',
        status: 'suggested',
      },
    },
    coordinator,
  );
  ids.local = local.recordIntroduction.id;
  const proposed = await gql<{ proposeTie: { id: string; version: number } }>(
    `mutation ($input: ProposeTieInput!) { proposeTie(input: $input) { id version } }`,
    { input: { fromId: 'ins-gruene-liga', toId: 'ins-energie-goerlitz', note: TIE_NOTE } },
    liga,
  );
  ids.tie = proposed.proposeTie.id;
  await gql(
    `mutation ($input: DecideTieInput!) { decideTie(input: $input) { id } }`,
    { input: { id: ids.tie, status: 'confirmed', expectedVersion: proposed.proposeTie.version } },
    coordinator,
  );
});
afterAll(() => api.close());

const get = (path: string, token: string | null = coordinator) =>
  fetch(`${api.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

async function csv(
  path: string,
  delimiter = ',',
): Promise<{ text: string; rows: Record<string, string>[] }> {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  // UTF-8 with a byte order mark, as /api/export writes it (kept here: text() would drop it).
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { text, rows: parse(text, { bom: true, columns: true, delimiter }) };
}

describe('CSV export of introductions and tie proposals', () => {
  it.each(['introductions', 'tie-proposals'])(
    '%s: guests 401, members 403, coordinators and admins 200',
    async (part) => {
      const codes = async (token: string | null) => {
        const response = await get(`/api/export/${part}`, token);
        const body = response.ok
          ? null
          : ((await response.json()) as { errors: { extensions: { code: string } }[] });
        return [response.status, body?.errors[0]?.extensions.code ?? null];
      };
      expect(await codes(null)).toEqual([401, 'UNAUTHENTICATED']);
      expect(await codes(await api.tokenFor('member'))).toEqual([403, 'FORBIDDEN']);
      expect(await codes(liga)).toEqual([403, 'FORBIDDEN']);
      expect(await codes(coordinator)).toEqual([200, null]);
      expect(await codes(await api.tokenFor('admin'))).toEqual([200, null]);
    },
  );

  it('introductions: the columns, names, who introduced and the day of each step; never the note', async () => {
    const response = await get('/api/export/introductions');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename=nzr-introductions-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const { text, rows } = await csv('/api/export/introductions');
    expect(text.startsWith(`\uFEFF${INTRODUCTION_EXPORT_COLUMNS.join(',')}\n`)).toBe(true);
    expect(text).not.toContain('Frau Meier');
    const row = rows.find((candidate) => candidate.id === ids.introduction);
    // Recorded as introduced, then moved once: the days come from creation and the (last) move.
    const recorded = row?.createdAt?.slice(0, 10);
    const moved = row?.updatedAt?.slice(0, 10);
    expect(row).toEqual({
      ...row,
      fromId: 'ins-energie-goerlitz',
      fromName: 'Bürgerenergie Görlitz eG',
      toId: 'ins-gruene-liga',
      toName: 'Grüne Liga Leipzig e.V.',
      actorLabel: 'Institution',
      source: 'ally',
      status: 'in_contact',
      channel: 'phone',
      introducedById: api.accountIds.coordinator,
      suggestedOn: '',
      introducedOn: recorded,
      inContactOn: moved,
      cooperatingOn: '',
      notNowOn: '',
    });
    const local = rows.find((row) => row.id === ids.local);
    expect(local).toMatchObject({
      status: 'suggested',
      suggestedOn: local?.createdAt?.slice(0, 10),
      introducedOn: '',
      introducedById: '',
    });
    expect(text).not.toContain('coordinator@example.org');
  });

  it('guards formula cells, as /api/export does', async () => {
    const { text, rows } = await csv('/api/export/introductions');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(rows.find((row) => row.id === ids.local)?.fromName).toBe(`'${FORMULA_NAME}`);
  });

  it('filters by regionId and status, with semicolons on request', async () => {
    const leipzig = await csv(
      `/api/export/introductions?regionId=${LEIPZIG}&delimiter=semicolon`,
      ';',
    );
    expect(leipzig.text.split('\n')[0]).toBe(`\uFEFF${INTRODUCTION_EXPORT_COLUMNS.join(';')}`);
    expect(leipzig.rows.map((row) => row.id)).toEqual([ids.introduction]);
    const goerlitz = await csv(`/api/export/introductions?regionId=${GOERLITZ}`);
    expect(goerlitz.rows.map((row) => row.id).sort()).toEqual([ids.introduction, ids.local].sort());
    const suggested = await csv('/api/export/introductions?status=suggested');
    expect(suggested.rows.map((row) => row.id)).toEqual([ids.local]);
    const response = await get(`/api/export/introductions?regionId=${LEIPZIG}`);
    expect(response.headers.get('content-disposition')).toContain(`nzr-introductions-${LEIPZIG}-`);
  });

  it('tie proposals: who proposed, who confirmed and when; never the note', async () => {
    const { text, rows } = await csv('/api/export/tie-proposals');
    expect(text.startsWith(`\uFEFF${TIE_PROPOSAL_EXPORT_COLUMNS.join(',')}\n`)).toBe(true);
    expect(text).not.toContain('Lastenrad');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      id: ids.tie,
      fromId: 'ins-gruene-liga',
      fromName: 'Grüne Liga Leipzig e.V.',
      toId: 'ins-energie-goerlitz',
      toName: 'Bürgerenergie Görlitz eG',
      type: 'COOPERATES_WITH',
      status: 'confirmed',
      proposedByName: 'Konto liga',
      decidedById: api.accountIds.coordinator,
    });
    expect(row?.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row?.decidedByName).not.toBe('');
    expect(row?.decidedByName).not.toContain('@');
    const declined = await csv('/api/export/tie-proposals?status=declined');
    expect(declined.rows).toEqual([]);
  });

  it('leaves out a pair once a person in it withdrew consent, as if it were never recorded', async () => {
    const { recordIntroduction } = await gql<{ recordIntroduction: { id: string } }>(
      `mutation ($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id } }`,
      { input: { fromId: 'per-anna', toId: 'per-bernd', source: 'ally' } },
      coordinator,
    );
    const before = await csv('/api/export/introductions');
    expect(before.rows.find((row) => row.id === recordIntroduction.id)).toMatchObject({
      fromName: 'Anna Öztürk',
      toName: 'Bernd Energie-Müller',
    });
    await gql(
      `mutation ($id: ID!) { withdrawConsent(personId: $id) { consentWithdrawnOn } }`,
      { id: 'per-bernd' },
      coordinator,
    );
    const after = await csv('/api/export/introductions');
    expect(after.rows.map((row) => row.id)).not.toContain(recordIntroduction.id);
    expect(after.text).not.toContain('per-bernd');
    expect(after.rows).toHaveLength(before.rows.length - 1);
  });

  it('refuses bad parameters with BAD_REQUEST and unknown parts with NOT_FOUND', async () => {
    for (const query of [
      'status=flying',
      'regionId=%20bad%20',
      'delimiter=tab',
      'status=a&status=b',
    ]) {
      const response = await get(`/api/export/introductions?${query}`);
      expect(response.status, query).toBe(400);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
          ?.extensions.code,
      ).toBe('BAD_REQUEST');
    }
    const unknown = await get('/api/export/proposals');
    expect(unknown.status).toBe(404);
  });
});
