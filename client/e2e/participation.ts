/**
 * Steps of the participation flows (issue 15) that more than one browser test walks: proposing an entry as a
 * guest would, and proposing a tie in "Mein Bereich".
 */
import { PROPOSAL_ABUSE_LIMITS } from '@nzr/graph-schema';
import type { Page } from 'playwright-core';

/** Fills the form as a person would; the server refuses forms sent within seconds of opening. */
export async function propose(page: Page, name: string, withDetails: boolean): Promise<void> {
  // The form fetches its token when it mounts, which may happen again once the page's first queries answered.
  await page.waitForLoadState('networkidle');
  const opened = Date.now();
  const form = page.locator('form.proposal-form');
  await form.getByRole('textbox', { name: /^Name/ }).fill(name);
  await form
    .getByRole('textbox', { name: /^Beschreibung/ })
    .fill('Wir reparieren Geräte gemeinsam, jeden Samstag.');
  if (withDetails) {
    await form.getByLabel('Gemeinde oder Region (Name suchen)').fill('Zittau');
    await form.getByRole('button', { name: 'Zittau', exact: true }).click();
    await form.getByText('Ort: Zittau').waitFor();
    await form.getByLabel('Kreislaufwirtschaft').check();
    const offers = form.locator('fieldset', { hasText: 'Angebote' });
    await offers.getByRole('button', { name: 'Zeile hinzufügen' }).click();
    await offers.getByLabel('Was?').fill('Werkstattraum');
    await offers.getByRole('combobox', { name: 'Art' }).selectOption('rooms');
    await form.getByLabel(/Ihre E-Mail-Adresse/).fill('reparatur@example.org');
  }
  const wait = PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000 + 300 - (Date.now() - opened);
  if (wait > 0) await page.waitForTimeout(wait);
  await form.getByRole('button', { name: 'Vorschlag senden' }).click();
  await page.getByText('Danke, eine Koordinatorin prüft den Vorschlag.').waitFor();
}

/** In "Mein Bereich", proposes a cooperation of the signed-in member's entry with `otherName`. */
export async function proposeTie(page: Page, otherName: string, note: string): Promise<void> {
  await page.getByRole('heading', { name: 'Verbindung vorschlagen' }).waitFor();
  await page.getByLabel('Mit welcher Organisation kooperieren Sie? (Name suchen)').fill(otherName);
  await page
    .locator('.picker-results')
    .getByRole('button', { name: otherName, exact: true })
    .click();
  await page.getByLabel('Notiz für die andere Seite (optional)').fill(note);
  await page.getByRole('button', { name: 'Vorschlagen' }).click();
  await page.getByText(/^Vorgeschlagen: /).waitFor();
}
