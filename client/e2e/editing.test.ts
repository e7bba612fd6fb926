/**
 * Sign-in, editing with optimistic concurrency, CSV import and administration in the browser, against the
 * real server on the seeded demo data with a first admin and a coordinator created through the API.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renameNode } from './api';
import { screenshot } from './harness';
import type { Explorer } from './harness';
import { signIn } from './views';
import { ADMIN, startWithCoordinator } from './with-coordinator';

const COORDINATOR = {
  email: 'koordination@example.org',
  password: 'coordinator pw 123',
  displayName: 'Kim Koordination',
};
const NODE = 'ins-000147';

let explorer: Explorer;
let coordinatorToken: string;
beforeAll(async () => {
  ({ explorer, coordinatorToken } = await startWithCoordinator(COORDINATOR));
});
afterAll(async () => {
  await explorer?.close();
});

async function openNode(page: Page): Promise<void> {
  await page.goto(`${explorer.url}/?focus=${NODE}&sel=${NODE}`);
  await page.locator('.details h2').waitFor();
}

describe('Anmelden, Bearbeiten, Import, Verwaltung', () => {
  it('refuses a wrong password, then signs in as coordinator with the role in the header', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Anmelden' });
    await dialog.getByLabel('E-Mail-Adresse').fill(COORDINATOR.email);
    await dialog.getByLabel('Passwort').fill('wrong password');
    await dialog.getByRole('button', { name: 'Anmelden' }).click();
    await dialog.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    await screenshot(page, 'login-wrong-password');
    await page.keyboard.press('Escape');
    await signIn(page, COORDINATOR);
    expect(await page.locator('.account-menu').textContent()).toContain(
      'Kim Koordination (Koordination)',
    );
    expect(await page.getByRole('link', { name: 'CSV-Import' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);
    await page.close();
  });

  it('edits a node name and sees it in the details and on the map table', async () => {
    const page = await explorer.newPage();
    await openNode(page);
    await signIn(page, COORDINATOR);
    await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Name/).fill('Solarverein Zittau (bearbeitet)');
    await screenshot(page, 'edit-dialog');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.details h2').textContent())
      .toBe('Solarverein Zittau (bearbeitet)');
    await expect
      .poll(() => page.locator('.node-table tbody th').allTextContents())
      .toContain('Solarverein Zittau (bearbeitet)');
    await screenshot(page, 'edit-saved');
    await page.close();
  });

  it('shows a conflict when someone else saved in between, and re-applies my change', async () => {
    const page = await explorer.newPage();
    await openNode(page);
    await signIn(page, COORDINATOR);
    await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Name/).waitFor();
    await renameNode(explorer.url, coordinatorToken, NODE, 'Name von jemand anderem');
    await dialog.getByLabel(/^Name/).fill('Mein neuer Name');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.getByText('Jemand anderes hat diesen Eintrag geändert.').waitFor();
    expect(await dialog.locator('.conflict table').textContent()).toContain(
      'Name von jemand anderem',
    );
    await screenshot(page, 'edit-conflict');
    await dialog.getByRole('button', { name: 'Meine Änderungen erneut anwenden' }).click();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.details h2').textContent()).toBe('Mein neuer Name');
    await page.close();
  });

  it('edits a connection’s properties and deletes it with confirmation', async () => {
    const page = await explorer.newPage();
    await openNode(page);
    await signIn(page, COORDINATOR);
    await page.getByRole('button', { name: 'Verbindungen bearbeiten' }).click();
    const dialog = page.getByRole('dialog');
    const items = dialog.locator('.edge-list > li');
    await items.first().waitFor();
    const before = await items.count();
    const cooperation = items.filter({ hasText: 'Kooperation:' }).first();
    const partner = ((await cooperation.textContent()) ?? '').replace(/^Kooperation:\s*/, '');
    await cooperation.getByRole('button', { name: 'Bearbeiten' }).click();
    await cooperation.getByLabel(/^Art/).selectOption('alliance');
    await cooperation.getByLabel(/^Bis/).fill('2030-12-31');
    await screenshot(page, 'edit-relationship');
    await cooperation.getByRole('button', { name: 'Speichern' }).click();
    await cooperation.getByRole('button', { name: 'Speichern' }).waitFor({ state: 'detached' });
    await cooperation.getByRole('button', { name: 'Löschen' }).click();
    await cooperation.getByRole('button', { name: 'Ja, löschen' }).click();
    await expect.poll(() => items.count()).toBe(before - 1);
    expect(partner).not.toBe('');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('drops an expired session and says so', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await page.evaluate(() => sessionStorage.setItem('nzr.session', 'expired.or.forged'));
    await page.reload();
    await page.getByText('Sitzung abgelaufen – bitte melden Sie sich erneut an.').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('nzr.session'))).toBeNull();
    await page.getByRole('button', { name: 'Anmelden', exact: true }).waitFor();
    await expect.poll(() => page.locator('.node-table tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'session-expired');
    await page.close();
  });

  it('exports the focused view through the API with the token (JSON, GraphML)', async () => {
    const page = await explorer.newPage();
    await openNode(page);
    await signIn(page, COORDINATOR);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^nzr-.*\.json$/);
    const data = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as {
      nodes: { id: string }[];
    };
    expect(data.nodes.map((node) => node.id)).toContain(NODE);
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML' }).click(),
    ]);
    expect(await readFile((await graphml.path()) ?? '', 'utf8')).toContain('<graphml');
    await screenshot(page, 'export-api');
    await page.close();
  });

  it('imports a CSV: the dry run reports row and column, a valid file is applied', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await signIn(page, COORDINATOR);
    await page.getByRole('link', { name: 'CSV-Import' }).click();
    await page.getByLabel('Art der Datei').selectOption('institutions');
    const file = (text: string) => ({
      name: 'organisationen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await page
      .getByLabel('CSV-Datei')
      .setInputFiles(file('id;name;kind;sector\nins-e2e-1;E2E Solarverein;Verein;Piraten\n'));
    await page.getByRole('button', { name: 'Probelauf' }).click();
    const errors = page.getByRole('table', { name: 'Fehler nach Zeile und Spalte' });
    await errors.waitFor();
    expect(await errors.locator('tbody tr').first().textContent()).toMatch(/^2sector/);
    expect(await page.getByRole('button', { name: 'Importieren' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-dry-run-errors');
    await page
      .getByLabel('CSV-Datei')
      .setInputFiles(
        file(
          'id;name;kind;sector\nins-e2e-1;E2E Solarverein;Verein;Zivilgesellschaft\nins-e2e-2;E2E Schule;Schule;Bildung\n',
        ),
      );
    await page.getByRole('button', { name: 'Probelauf' }).click();
    await page.getByText('2 Zeilen, davon 2 gültig; 0 Fehler.').waitFor();
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.getByRole('heading', { name: 'Import abgeschlossen' }).waitFor();
    const counts = page.getByRole('table', { name: 'Anzulegen und zu aktualisieren' });
    expect(await counts.textContent()).toContain('Organisationen20');
    await screenshot(page, 'import-applied');
    await page.close();
  });

  it('lets the admin see accounts and the audit log, then signs out', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Verwaltung' }).click();
    await page.getByRole('rowheader', { name: /koordination@example.org/ }).waitFor();
    const audit = page.locator('table.audit');
    await expect.poll(() => audit.textContent()).toContain('import.apply');
    await page.getByLabel('Nach Kennung filtern').fill(NODE);
    await page.getByRole('button', { name: 'Filtern' }).click();
    // My edit, the other coordinator's rename and my re-applied change.
    await expect.poll(() => audit.locator('tbody tr').count()).toBe(3);
    await screenshot(page, 'admin');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByText('Sie sind abgemeldet.').waitFor();
    await page.getByText('Bitte melden Sie sich an.').waitFor();
    expect(await page.getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);
    await screenshot(page, 'signed-out');
    await page.close();
  });
});
