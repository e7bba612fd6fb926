/**
 * Issue 15, "Done when", walked in one browser session: a guest proposes an initiative, a coordinator approves
 * it, an admin links a member to the new entry, the member proposes a cooperation, the other side confirms it
 * and it appears in the gap table; then a coordinator records an introduction from a suggestion and moves it
 * to "cooperating", and the Regions view counts it in the network's growth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, graphql, login } from './api';
import { screenshot } from './harness';
import type { Explorer } from './harness';
import { propose, proposeTie } from './participation';
import { signIn } from './views';
import { ADMIN, startWithCoordinator } from './with-coordinator';

const COORDINATOR = {
  email: 'ablauf@example.org',
  password: 'coordinator pw 456',
  displayName: 'Anna Ablauf',
};
const INITIATIVE = 'Reparaturtreff Zittau-Süd';
const GOERLITZ = 'reg-14626';
const PASSWORD = 'member pw 12345';

let explorer: Explorer;
let adminToken: string;
beforeAll(async () => {
  ({ explorer } = await startWithCoordinator(COORDINATOR));
  adminToken = await login(explorer.url, ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await explorer?.close();
});

interface Hit {
  id: string;
  name: string;
}
const institutionsIn = async (regionId: string, text = ''): Promise<Hit[]> =>
  (
    await graphql<{ search: { edges: { node: Hit }[] } }>(
      explorer.url,
      'query($t: String!, $r: ID!) { search(text: $t, first: 100, filter: { labels: [Institution], regionId: $r }) { edges { node { id name } } } }',
      { t: text, r: regionId },
    )
  ).search.edges.map((edge) => edge.node);
const goerlitzTies = async (): Promise<number> =>
  (
    await graphql<{ gapTable: { totalTies: number } }>(
      explorer.url,
      'query($r: ID!) { gapTable(regionId: $r) { totalTies } }',
      { r: GOERLITZ },
    )
  ).gapTable.totalTies;

describe('participation, end to end', () => {
  it('turns a guest proposal into an entry whose confirmed cooperation counts in the gap table', async () => {
    // 1. A guest proposes an initiative.
    const guest = await explorer.newPage();
    await guest.goto(`${explorer.url}/vorschlagen`);
    await propose(guest, INITIATIVE, true);
    await guest.close();

    // 2. A coordinator approves it.
    const staff = await explorer.newPage();
    await staff.goto(`${explorer.url}/vorschlaege`);
    await signIn(staff, COORDINATOR);
    const card = staff.locator('.proposal-card', { hasText: INITIATIVE });
    await card.getByRole('button', { name: 'Annehmen', exact: true }).click();
    await staff.getByText(`Angenommen: ${INITIATIVE} ist jetzt im Netzwerk.`).waitFor();
    const [entry] = await institutionsIn(GOERLITZ, 'Reparaturtreff');
    if (!entry) throw new Error('the approved initiative is not in Landkreis Görlitz');

    // 3. An admin links a new member account to the entry (Verwaltung), and a second one to a partner.
    const partner = (await institutionsIn(GOERLITZ)).find((hit) => hit.id !== entry.id);
    if (!partner) throw new Error('no other institution in Landkreis Görlitz');
    const member = { email: 'reparatur.mitglied@example.org', password: PASSWORD };
    await createAccount(explorer.url, adminToken, {
      ...member,
      role: 'member',
      displayName: 'Rita Reparatur',
    });
    await graphql(
      explorer.url,
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          email: 'partner.mitglied@example.org',
          password: PASSWORD,
          role: 'member',
          displayName: 'Paul Partner',
          actorIds: [partner.id],
        },
      },
      adminToken,
    );
    const admin = await explorer.newPage();
    await admin.goto(`${explorer.url}/admin`);
    await signIn(admin, ADMIN);
    const row = admin.locator('tr', { hasText: member.email });
    await row.getByRole('button', { name: 'Eintrag verknüpfen' }).click();
    await row.getByLabel('Person oder Einrichtung suchen').fill('Reparaturtreff');
    await row.locator('.picker-results').getByRole('button', { name: INITIATIVE }).click();
    await row.getByText(INITIATIVE).waitFor();
    await screenshot(admin, 'flow-account-linked');
    await admin.close();

    // 4. The member proposes a cooperation with the partner; pending, it changes nothing.
    const before = await goerlitzTies();
    const proposer = await explorer.newPage();
    await proposer.goto(`${explorer.url}/mein-bereich`);
    await signIn(proposer, member);
    await proposeTie(proposer, partner.name, 'Reparaturabende gemeinsam anbieten?');
    expect(await goerlitzTies()).toBe(before);
    await proposer.close();

    // 5. The other side confirms it; now it is a cooperation of the district's gap table.
    const other = await explorer.newPage();
    await other.goto(`${explorer.url}/mein-bereich`);
    await signIn(other, { email: 'partner.mitglied@example.org', password: PASSWORD });
    const incoming = other.locator('.tie-proposal-row[data-status="pending"]', {
      hasText: INITIATIVE,
    });
    await incoming.getByRole('button', { name: 'Bestätigen' }).click();
    await other.locator('.tie-proposal-row[data-status="confirmed"]').waitFor();
    await other.close();
    expect(await goerlitzTies()).toBe(before + 1);
    await staff.goto(`${explorer.url}/luecken?region=${GOERLITZ}`);
    await staff
      .getByText(`(${before + 1} Kooperationen)`, { exact: false })
      .first()
      .waitFor();
    await screenshot(staff, 'flow-gap-table');

    // 6. A coordinator records an introduction from a suggestion and follows it to cooperation.
    const suggestion = staff.locator('.suggestion-list li').first();
    await suggestion.getByRole('button', { name: /^Vernetzung anstoßen/ }).click();
    await suggestion.getByRole('button', { name: 'Vorstellung festhalten' }).click();
    await suggestion.getByText('Festgehalten: Vorgestellt').waitFor();
    await staff.getByRole('link', { name: 'Vernetzung anstoßen' }).click();
    const intro = staff.locator('.introduction-row').first();
    await intro.getByRole('button', { name: 'Weiter: Im Kontakt' }).click();
    await intro.getByRole('button', { name: 'Weiter: Kooperieren' }).click();
    await staff.getByLabel('Auch abgeschlossene zeigen').check();
    await staff.locator('.introduction-row[data-status="cooperating"]').waitFor();
    expect(await goerlitzTies()).toBe(before + 2);

    // 7. The Regions view counts it in the district's growth.
    await staff.goto(`${explorer.url}/regionen?region=${GOERLITZ}`);
    const growth = staff.locator('.growth');
    await growth.getByText('Vorstellungen: 1 · daraus entstandene Kooperationen: 1.').waitFor();
    await screenshot(staff, 'flow-growth');
    await staff.close();
  }, 240_000);
});
