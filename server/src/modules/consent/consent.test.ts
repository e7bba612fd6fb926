import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from '../../auth/accounts.js';
import { startTestApi, TEST_PASSWORD } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
let anna = '';
let coordinator = '';
let member = '';

beforeAll(async () => {
  api = await startTestApi();
  const account = await newAccount({
    email: 'anna.self@example.org',
    password: TEST_PASSWORD,
    role: 'member',
  });
  await api.store.saveAccount({ ...account, actorIds: ['per-anna'] });
  anna = await api.login('anna.self@example.org');
  coordinator = await api.tokenFor('coordinator');
  member = await api.tokenFor('member');
});
afterAll(() => api.close());

const code = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  errors?.[0]?.extensions?.code;
const SEEN = `{ node(id: "per-anna") { id } search(text: "Anna", first: 10) { edges { node { id } } } }`;
const MY = `{ myConsent { id consentDate consentWithdrawnOn valid } }`;
const WITHOUT = `{ personsWithoutConsent { persons { id name consentWithdrawnOn } truncated } }`;

async function seen(token: string | null): Promise<boolean> {
  const { data } = await api.gql<{
    node: { id: string } | null;
    search: { edges: { node: { id: string } }[] };
  }>(SEEN, {}, token);
  const found = data?.search.edges.some((edge) => edge.node.id === 'per-anna') ?? false;
  expect(found).toBe(data?.node !== null);
  return found;
}

describe('consent of persons', () => {
  it('shows the own consent, downloads own data with e-mail, and refuses other persons', async () => {
    const mine = await api.gql<{ myConsent: { id: string; valid: boolean }[] }>(MY, {}, anna);
    expect(mine.data?.myConsent).toEqual([
      { id: 'per-anna', consentDate: '2025-03-01', consentWithdrawnOn: null, valid: true },
    ]);
    const own = await api.gql<{ personData: { node: { properties: Record<string, unknown> } } }>(
      `{ personData(id: "per-anna") { node { properties } related { id } } }`,
      {},
      anna,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.personData.node.properties.email).toBe('anna@example.org');
    const other = await api.gql(`{ personData(id: "per-bernd") { node { id } } }`, {}, anna);
    expect(code(other.errors)).toBe('FORBIDDEN');
    const foreign = await api.gql(
      `mutation { withdrawConsent(personId: "per-bernd") { id } }`,
      {},
      member,
    );
    expect(code(foreign.errors)).toBe('FORBIDDEN');
  });

  it('hides a person everywhere, for every role, once consent is withdrawn; a coordinator lists and restores', async () => {
    for (const token of [null, member, coordinator]) expect(await seen(token)).toBe(true);
    const withdrawn = await api.gql<{ withdrawConsent: { valid: boolean } }>(
      `mutation { withdrawConsent(personId: "per-anna") { valid consentWithdrawnOn } }`,
      {},
      anna,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.withdrawConsent.valid).toBe(false);
    for (const token of [null, member, coordinator, anna]) expect(await seen(token)).toBe(false);
    // The own account still sees its consent state; coordinators find the person in their list.
    const mine = await api.gql<{ myConsent: { valid: boolean }[] }>(MY, {}, anna);
    expect(mine.data?.myConsent[0]?.valid).toBe(false);
    const list = await api.gql<{ personsWithoutConsent: { persons: { id: string }[] } }>(
      WITHOUT,
      {},
      coordinator,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.personsWithoutConsent.persons.map((p) => p.id)).toEqual(['per-anna']);
    expect(code((await api.gql(WITHOUT, {}, member)).errors)).toBe('FORBIDDEN');
    const restored = await api.gql(
      `mutation { recordConsent(personId: "per-anna", consentDate: "2026-12-07", purpose: network_map) { valid } }`,
      {},
      coordinator,
    );
    expect(restored.data).toEqual({ recordConsent: { valid: true } });
    expect(await seen(null)).toBe(true);
  });

  it('audits consent changes by property name only', async () => {
    const admin = await api.tokenFor('admin');
    const { data } = await api.gql<{ auditLog: { entries: { action: string }[] } }>(
      `{ auditLog(first: 50, entityId: "per-anna") { entries { action note items { properties } } } }`,
      {},
      admin,
    );
    const actions = data?.auditLog.entries.map((entry) => entry.action);
    expect(actions).toEqual(['person.consent.record', 'person.consent.withdraw']);
    expect(JSON.stringify(data)).not.toMatch(/2026-12-07|network_map/);
  });

  it('lets the person erase their own entry, and nobody else below admin', async () => {
    const other = await api.gql(
      `mutation { erasePerson(id: "per-bernd") { deletedNodeIds } }`,
      {},
      anna,
    );
    expect(code(other.errors)).toBe('FORBIDDEN');
    const erased = await api.gql<{ erasePerson: { deletedNodeIds: string[] } }>(
      `mutation { erasePerson(id: "per-anna") { deletedNodeIds } }`,
      {},
      anna,
    );
    expect(erased.data?.erasePerson.deletedNodeIds).toEqual(['per-anna']);
    expect(await api.store.getNodes(['per-anna'])).toEqual([]);
  });
});
