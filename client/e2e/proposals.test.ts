/**
 * Proposals (issue 15, "Eintrag vorschlagen") in the browser: a guest proposes an initiative from the overview,
 * a coordinator sees the count in the navigation and approves it in "Vorschläge prüfen", and then anyone finds
 * it by search and sees it on the map; a second proposal is rejected with a reason and never appears. An admin
 * gives the coordinator a district of their own, and the queue then starts with that district.
 */
import { PROPOSAL_ABUSE_LIMITS } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './api';
import { propose } from './participation';
import { PHONE, screenshot } from './harness';
import type { Explorer } from './harness';
import { sidewaysOverflow, signIn } from './views';
import { ADMIN, startWithCoordinator } from './with-coordinator';

const COORDINATOR = {
  email: 'pruefung@example.org',
  password: 'coordinator pw 123',
  displayName: 'Paula Prüfung',
};
const APPROVED = 'Reparaturtreff Zittau-Süd';
const REJECTED = 'Werbetreff Nirgendwo';

let explorer: Explorer;
let coordinatorToken: string;
beforeAll(async () => {
  ({ explorer, coordinatorToken } = await startWithCoordinator(COORDINATOR));
});
afterAll(async () => {
  await explorer?.close();
});

const searchIds = async (text: string) =>
  (
    await graphql<{ search: { edges: { node: { id: string } }[] } }>(
      explorer.url,
      'query($t: String!) { search(text: $t) { edges { node { id } } } }',
      { t: text },
    )
  ).search.edges.map((edge) => edge.node.id);

describe('Eintrag vorschlagen', () => {
  it('lets a guest propose an initiative that a coordinator approves; then it is found and mapped', async () => {
    const guest = await explorer.newPage();
    await guest.goto(`${explorer.url}/ueberblick`);
    await guest.locator('.propose-link a').click();
    await guest.getByRole('heading', { name: 'Eintrag vorschlagen' }).waitFor();
    await screenshot(guest, 'proposal-form-1440');
    await propose(guest, APPROVED, true);
    await screenshot(guest, 'proposal-thanks-1440');
    await guest.getByRole('button', { name: 'Noch einen Eintrag vorschlagen' }).click();
    await propose(guest, REJECTED, false);
    // Nothing unmoderated is public.
    expect(await searchIds('Reparaturtreff')).toEqual([]);

    const staff = await explorer.newPage();
    await staff.goto(`${explorer.url}/ueberblick`);
    await signIn(staff, COORDINATOR);
    const navLink = staff.locator('.main-nav a', { hasText: 'Vorschläge prüfen' });
    await expect.poll(() => navLink.textContent()).toContain('2 offene Vorschläge');
    await navLink.click();
    const card = staff.locator('.proposal-card', { hasText: APPROVED });
    await card.waitFor();
    expect(await card.textContent()).toContain('Zittau');
    expect(await card.textContent()).toContain('Werkstattraum');
    expect(await card.textContent()).toContain('Kontakt: reparatur@example.org');
    await screenshot(staff, 'proposal-queue-1440');
    await card.getByRole('button', { name: 'Annehmen', exact: true }).click();
    await staff.getByText(`Angenommen: ${APPROVED} ist jetzt im Netzwerk.`).waitFor();
    const other = staff.locator('.proposal-card', { hasText: REJECTED });
    await other.getByRole('button', { name: 'Ablehnen' }).click();
    await other.getByLabel('Begründung der Ablehnung').fill('Kein Bezug zur Nachhaltigkeit.');
    await other.getByRole('button', { name: 'Ablehnen mit Begründung' }).click();
    await staff.getByText('Keine offenen Vorschläge in dieser Region.').waitFor();
    await expect.poll(() => navLink.textContent()).toBe('Vorschläge prüfen');

    // Found by search in the map view and shown on the map.
    await guest.goto(`${explorer.url}/`);
    const search = guest.locator('.search input[role="combobox"]');
    await search.fill('Reparaturtreff');
    await guest.getByRole('listbox').waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect.poll(() => new URL(guest.url()).searchParams.get('focus')).toBeTruthy();
    const focus = new URL(guest.url()).searchParams.get('focus') ?? '';
    expect(await searchIds('Reparaturtreff')).toEqual([focus]);
    await expect
      .poll(() =>
        guest.getByTestId('network-map').evaluate((element, id) => {
          const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
          const node = cy.getElementById(id);
          const { x, y } = node.renderedPosition();
          return node.length === 1 && x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
        }, focus),
      )
      .toBe(true);

    // The rejected proposal never appears; the empty result offers to propose instead.
    expect(await searchIds('Werbetreff')).toEqual([]);
    await search.fill('Werbetreff');
    await guest.locator('.propose-link').waitFor();
    await guest.close();
    await staff.close();
  });

  it('fits a phone: the form and the queue scroll only downwards', async () => {
    const phone = await explorer.newPage('de', PHONE);
    await phone.goto(`${explorer.url}/vorschlagen`);
    await phone.locator('form.proposal-form').waitFor();
    const offers = phone.locator('fieldset', { hasText: 'Angebote' });
    await offers.getByRole('button', { name: 'Zeile hinzufügen' }).click();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'proposal-form-390');
    // A pending proposal to review on the phone, sent through the API like any client.
    const { proposalFormToken } = await graphql<{ proposalFormToken: string }>(
      explorer.url,
      '{ proposalFormToken }',
    );
    await phone.waitForTimeout(PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000 + 300);
    await graphql(
      explorer.url,
      'mutation($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }',
      {
        i: {
          formToken: proposalFormToken,
          contactEmail: 'ein.sehr.langer.name.fuer.rueckfragen@beispiel-initiative.example.org',
          payload: {
            label: 'Project',
            properties: {
              name: 'Solidarische Landwirtschaft Oberlausitz – Gemüsekooperative mit sehr langem Namen',
              description: 'Gemeinsam Gemüse anbauen und teilen.',
              url: 'https://www.beispiel-solawi-oberlausitz.example.org/mitmachen/anmeldung',
            },
            regionId: null,
            topicIds: [],
            offers: [],
            needs: [],
          },
        },
      },
    );
    await signIn(phone, COORDINATOR);
    await phone.goto(`${explorer.url}/vorschlaege`);
    await phone.locator('.proposal-card').waitFor();
    await phone.locator('main h2', { hasText: 'Vorschläge prüfen' }).waitFor();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'proposal-queue-390');
    await phone.close();
  });
});

describe('Vorschläge der eigenen Regionen', () => {
  it('starts a coordinator with a district of their own on it; "Ganz Sachsen" shows all, kept in the URL', async () => {
    // Two waiting proposals, sent by a signed-in client (no per-address limits): Leipzig and Landkreis Görlitz.
    const places = [
      ['Kleidertausch Leipzig', 'reg-14713'],
      ['Kleidertausch Görlitz', 'reg-14626'],
    ] as const;
    const tokens = await Promise.all(
      places.map(() =>
        graphql<{ proposalFormToken: string }>(explorer.url, '{ proposalFormToken }'),
      ),
    );
    await new Promise((done) =>
      setTimeout(done, PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000 + 300),
    );
    for (const [index, [name, regionId]] of places.entries()) {
      await graphql(
        explorer.url,
        'mutation($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }',
        {
          i: {
            formToken: tokens[index]?.proposalFormToken,
            payload: {
              label: 'Institution',
              properties: { name, kind: 'initiative', sector: 'civil_society' },
              regionId,
              topicIds: [],
              offers: [],
              needs: [],
            },
          },
        },
        coordinatorToken,
      );
    }

    const admin = await explorer.newPage();
    await admin.goto(`${explorer.url}/ueberblick`);
    await signIn(admin, ADMIN);
    await admin.getByRole('link', { name: 'Verwaltung' }).click();
    await admin.getByRole('columnheader', { name: 'Regionen' }).waitFor();
    await admin
      .getByLabel(`Region für ${COORDINATOR.displayName} hinzufügen`)
      .selectOption({ label: 'Landkreis Görlitz' });
    await admin.getByRole('button', { name: 'Region Landkreis Görlitz entfernen' }).waitFor();
    await screenshot(admin, 'admin-regions-1440');
    await admin.close();

    // The change signed the coordinator out; signed in again, the queue starts with Görlitz. A proposal
    // without a place (the phone test leaves one when the whole file runs) is in nobody's district, so it
    // stays in every queue; the count in the navigation is the number of cards in that view.
    const staff = await explorer.newPage();
    await staff.goto(`${explorer.url}/ueberblick`);
    await signIn(staff, COORDINATOR);
    const navLink = staff.locator('.main-nav a', { hasText: 'Vorschläge prüfen' });
    await navLink.click();
    const mine = staff.getByRole('radio', { name: 'Nur meine Regionen' });
    await mine.waitFor();
    expect(await mine.isChecked()).toBe(true);
    const titles = () => staff.locator('.proposal-card h4').allTextContents();
    await expect.poll(titles).toContain('Kleidertausch Görlitz');
    const own = await titles();
    expect(own).not.toContain('Kleidertausch Leipzig');
    const badge = (count: number) =>
      count === 1 ? '1 offener Vorschlag' : `${count} offene Vorschläge`;
    await expect.poll(() => navLink.textContent()).toContain(badge(own.length));
    await screenshot(staff, 'proposal-queue-mine-1440');

    await staff.getByRole('radio', { name: 'Ganz Sachsen' }).check();
    await expect.poll(titles).toContain('Kleidertausch Leipzig');
    expect((await titles()).length).toBe(own.length + 1);
    expect(new URL(staff.url()).searchParams.get('scope')).toBe('all');
    await staff.reload();
    await expect.poll(titles).toContain('Kleidertausch Leipzig');
    expect(await staff.getByRole('radio', { name: 'Ganz Sachsen' }).isChecked()).toBe(true);
    // The navigation still counts the own districts only.
    expect(await navLink.textContent()).toContain(badge(own.length));
    await staff.close();
  });
});

interface CyLike {
  getElementById(id: string): { length: number; renderedPosition(): { x: number; y: number } };
  width(): number;
  height(): number;
}
