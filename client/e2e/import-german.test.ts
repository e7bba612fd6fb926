/**
 * Issue 12, item 4: a German coordinator imports what German Excel saves ("CSV (Trennzeichen-getrennt)":
 * semicolons, Windows-1252, theme and sector names as the UI shows them) through the import view, with one
 * bad row: the messages are German, the counts promise only the valid rows; the template and the list of
 * valid values are in the view.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import type { Explorer } from './harness';
import { startWithCoordinator } from './with-coordinator';

const COORDINATOR = {
  email: 'import@example.org',
  password: 'coordinator pw 123',
  displayName: 'Ines Import',
};

/** Windows-1252 bytes of a text in Latin-1's range (the same code points as their one byte). */
function windows1252(text: string): Buffer {
  if ([...text].some((char) => (char.codePointAt(0) ?? 0) > 0xff))
    throw new Error('text outside Windows-1252');
  return Buffer.from(text, 'latin1');
}

const ROWS = [
  'Kennung;Name;Art;Sektor;Themen',
  'ins-e2e-solar;Solarverein Zittau e.V.;Verein;Zivilgesellschaft;Bürgerenergie|Klimaanpassung',
  'ins-e2e-schule;Oberschule Löbau;Schule;bildung ;BNE in der Schule',
  'ins-e2e-werk;Stadtwerke Zittau GmbH;Unternehmen;Energiewirtschaft;Bürgerenergie',
  'ins-e2e-kirche;Ev. Kirchgemeinde Görlitz;Kirchgemeinde;Religion;Fairer Handel',
  'ins-e2e-rad;Radhaus Görlitz;Unternehmen;Wirtschaft;Radverkehr',
];

let explorer: Explorer;
beforeAll(async () => {
  ({ explorer } = await startWithCoordinator(COORDINATOR));
});
afterAll(async () => {
  await explorer?.close();
});

async function openImport(page: Page): Promise<void> {
  await page.goto(explorer.url);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Anmelden' });
  await dialog.getByLabel('E-Mail-Adresse').fill(COORDINATOR.email);
  await dialog.getByLabel('Passwort').fill(COORDINATOR.password);
  await dialog.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(/Angemeldet als/).waitFor();
  await page.getByRole('link', { name: 'CSV-Import' }).click();
  await page.getByLabel('Art der Datei').selectOption('institutions');
}

const excelFile = (rows: readonly string[]) => ({
  name: 'Organisationen.csv',
  mimeType: 'text/csv',
  buffer: windows1252(rows.join('\r\n')),
});

describe('CSV-Import aus deutschem Excel', () => {
  it('shows valid values and offers a template to download', async () => {
    const page = await explorer.newPage();
    await openImport(page);
    await page.getByText('Gültige Werte').click();
    const values = page.locator('.valid-values');
    expect(await values.textContent()).toContain('Bürgerenergie citizen_energy');
    expect(await values.textContent()).toContain('Zivilgesellschaft civil_society');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Vorlage für Organisationen herunterladen (CSV)' }).click(),
    ]);
    const template = await readFile((await download.path()) ?? '', 'utf8');
    expect(template.startsWith('\uFEFFid;name;kind;sector;')).toBe(true);
    expect(template).toContain('Zivilgesellschaft');
    expect(await page.getByText('docs/import-export.md').count()).toBe(0);
    await page.close();
  });

  it('dry-runs a Windows-1252 file with one bad row: German messages, honest counts', async () => {
    const page = await explorer.newPage();
    await openImport(page);
    await page.getByLabel('CSV-Datei').setInputFiles(excelFile(ROWS));
    await page.getByRole('button', { name: 'Probelauf' }).click();
    await page.getByText('5 Zeilen, davon 4 gültig; 1 Fehler.').waitFor();
    const errors = page.getByRole('table', { name: 'Fehler nach Zeile und Spalte' });
    const row = await errors.locator('tbody tr').first().textContent();
    expect(row).toMatch(/^4sectormuss einer dieser Werte sein: Zivilgesellschaft, /);
    expect(await page.locator('.import-report').textContent()).not.toMatch(/must|required/);
    const counts = page.getByRole('table', { name: 'Anzulegen und zu aktualisieren' });
    expect(await counts.textContent()).toContain('Organisationen40');
    expect(await page.getByRole('button', { name: 'Importieren' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-german-excel-dry-run');

    // The bad row fixed: the same file applies, umlauts intact.
    const fixed = ROWS.map((line) => line.replace('Energiewirtschaft', 'Wirtschaft'));
    await page.getByLabel('CSV-Datei').setInputFiles(excelFile(fixed));
    await page.getByRole('button', { name: 'Probelauf' }).click();
    await page.getByText('5 Zeilen, davon 5 gültig; 0 Fehler.').waitFor();
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.getByRole('heading', { name: 'Import abgeschlossen' }).waitFor();
    expect(await counts.textContent()).toContain('Organisationen50');
    await page.goto(`${explorer.url}/?focus=ins-e2e-schule&sel=ins-e2e-schule`);
    expect(await page.locator('.details h2').textContent()).toBe('Oberschule Löbau');
    await page.close();
  });
});
