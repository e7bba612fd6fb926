/**
 * Ties confirmed from both sides and consent (issue 15, items 2 and 3) in the browser: a member acting for
 * one institution proposes a cooperation in "Mein Bereich", a member acting for the other confirms it, and the
 * tie then counts in the gap table; a person withdraws consent in "Mein Bereich" and is gone from search and
 * the map for guests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './api';
import { screenshot } from './harness';
import { proposeTie } from './participation';
import type { Explorer } from './harness';
import { PHONE } from './harness';
import { sidewaysOverflow, signIn } from './views';
import { ADMIN } from './with-coordinator';
import { startExplorer } from './harness';

let explorer: Explorer;
let adminToken: string;

interface Hit {
  id: string;
  name: string;
  visibility: string | null;
}
const SEARCH = `query($t: String!, $l: [NodeLabel!]) { search(text: $t, first: 100, filter: { labels: $l }) { edges { node { id name visibility } } } }`;
const TIES = `query($id: ID!) { neighbourhood(ids: [$id], relationshipTypes: [COOPERATES_WITH]) { nodes { id } } }`;
const TOTAL = `{ gapTable(regionId: "reg-14") { totalTies } }`;

async function member(email: string, actorIds: string[]) {
  const account = { email, password: 'member pw 12345', displayName: email.split('@')[0] ?? email };
  await graphql(
    explorer.url,
    'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
    { i: { ...account, role: 'member', actorIds } },
    adminToken,
  );
  return account;
}

async function search(text: string, label: string): Promise<Hit[]> {
  const data = await graphql<{ search: { edges: { node: Hit }[] } }>(explorer.url, SEARCH, {
    t: text,
    l: [label],
  });
  return data.search.edges.map((edge) => edge.node);
}

beforeAll(async () => {
  explorer = await startExplorer({ admin: ADMIN });
  adminToken = await login(explorer.url, ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await explorer?.close();
});

describe('Mein Bereich', () => {
  it('a proposed cooperation counts in the gap table only once the other side confirmed it', async () => {
    const institutions = await search('', 'Institution');
    const a = institutions[0];
    if (!a) throw new Error('no institutions in the demo data');
    const linked = await graphql<{ neighbourhood: { nodes: { id: string }[] } }>(
      explorer.url,
      TIES,
      { id: a.id },
    );
    const taken = new Set(linked.neighbourhood.nodes.map((node) => node.id));
    const unique = (hit: Hit) =>
      institutions.filter((other) => other.name === hit.name).length === 1;
    const b = institutions.find((hit) => hit.id !== a.id && !taken.has(hit.id) && unique(hit));
    if (!b) throw new Error('no unlinked institution');
    const proposer = await member('antrag@example.org', [a.id]);
    const recipient = await member('bestaetigung@example.org', [b.id]);
    const before = (await graphql<{ gapTable: { totalTies: number } }>(explorer.url, TOTAL))
      .gapTable;

    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/`);
    await signIn(page, proposer);
    await page.getByRole('link', { name: 'Mein Bereich' }).click();
    await proposeTie(page, b.name, 'Gemeinsames Lastenrad?');
    const own = page.locator('.tie-proposal-row[data-status="pending"]');
    await own.waitFor();
    expect(await own.textContent()).toContain('Gemeinsames Lastenrad?');
    await screenshot(page, 'my-area-proposed');
    // Pending: not in the network yet.
    const pending = (await graphql<{ gapTable: { totalTies: number } }>(explorer.url, TOTAL))
      .gapTable;
    expect(pending.totalTies).toBe(before.totalTies);
    await page.close();

    const other = await explorer.newPage();
    await other.goto(`${explorer.url}/mein-bereich`);
    await signIn(other, recipient);
    const incoming = other.locator('.tie-proposal-row[data-status="pending"]');
    await incoming.waitFor();
    expect(await incoming.locator('h3').textContent()).toContain(a.name);
    await incoming.getByRole('button', { name: 'Bestätigen' }).click();
    await other.locator('.tie-proposal-row[data-status="confirmed"]').waitFor();
    await screenshot(other, 'my-area-confirmed');
    const after = (await graphql<{ gapTable: { totalTies: number } }>(explorer.url, TOTAL))
      .gapTable;
    expect(after.totalTies).toBe(before.totalTies + 1);
    await other.close();
  }, 150_000);

  it('shows coordinators the open proposals and the persons without consent, at 1440 and 390 px', async () => {
    const b = (await search('', 'Institution'))[3];
    const a = (await search('', 'Institution'))[4];
    if (!a || !b) throw new Error('no institutions');
    const proposer = await member('offen@example.org', [a.id]);
    const token = await login(explorer.url, proposer.email, proposer.password);
    await graphql(
      explorer.url,
      'mutation($i: ProposeTieInput!) { proposeTie(input: $i) { id } }',
      { i: { fromId: a.id, toId: b.id, note: 'Treffen beim Klimastammtisch?' } },
      token,
    );
    for (const [name, viewport] of [
      ['vernetzung-ties-desktop', undefined],
      ['vernetzung-ties-phone', PHONE],
    ] as const) {
      const page = await explorer.newPage('de', viewport);
      await page.goto(`${explorer.url}/vernetzung`);
      await signIn(page, ADMIN);
      const row = page.locator('.region-ties .tie-proposal-row');
      await row.first().waitFor();
      expect(await row.first().textContent()).toContain('Treffen beim Klimastammtisch?');
      await page.getByRole('heading', { name: 'Personen ohne gültige Einwilligung' }).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, name);
      await page.close();
    }
  }, 150_000);

  it('a person withdraws consent and is gone from search and the map', async () => {
    const persons = await search('', 'Person');
    const unique = (hit: Hit) => persons.filter((other) => other.name === hit.name).length === 1;
    const person = persons.find((hit) => hit.visibility === 'public' && unique(hit));
    if (!person) throw new Error('no public person in the demo data');
    const account = await member('einwilligung@example.org', [person.id]);
    const before = await graphql<{ neighbourhood: { nodes: { id: string }[] } }>(
      explorer.url,
      'query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1) { nodes { id } } }',
      { ids: [person.id] },
    );
    const neighbours = before.neighbourhood.nodes.map((n) => n.id).filter((id) => id !== person.id);
    expect(neighbours.length).toBeGreaterThan(0);
    const page = await explorer.newPage('de', PHONE);
    await page.goto(`${explorer.url}/mein-bereich`);
    await signIn(page, account);
    const card = page.locator('.own-person');
    await card.waitFor();
    expect(await card.textContent()).toContain('Einwilligung erteilt am');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'my-area-consent-phone');
    await card.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
    await card.getByRole('button', { name: 'Ja, widerrufen' }).click();
    await page.getByText('Einwilligung widerrufen. Sie werden nicht mehr angezeigt.').waitFor();
    await page.locator('.own-person[data-valid="false"]').waitFor();
    await page.close();

    expect((await search(person.name, 'Person')).map((hit) => hit.id)).not.toContain(person.id);
    const { node } = await graphql<{ node: { id: string } | null }>(
      explorer.url,
      'query($id: ID!) { node(id: $id) { id } }',
      { id: person.id },
    );
    expect(node).toBeNull();
    // The map: drawn from neighbourhoods, where the person was before and is no more.
    const around = await graphql<{ neighbourhood: { nodes: { id: string }[] } }>(
      explorer.url,
      'query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1) { nodes { id } } }',
      { ids: neighbours },
    );
    expect(around.neighbourhood.nodes.map((n) => n.id)).not.toContain(person.id);
  }, 150_000);
});
