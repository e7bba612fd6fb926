/**
 * Vernetzungslücken in sparse rural districts (issue 12) on the demo data: every cell of Görlitz, Bautzen and
 * Landkreis Zwickau carries a verdict, the suggestions aim at the flagged cells first, and a click (or Enter)
 * on a cell opens its cooperations, brokers and suggestions.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startExplorer } from './harness';
import type { Explorer } from './harness';

let explorer: Explorer;
beforeAll(async () => {
  explorer = await startExplorer();
});
afterAll(async () => {
  await explorer?.close();
});

const RURAL = [
  ['Landkreis Görlitz', 'reg-14626'],
  ['Landkreis Bautzen', 'reg-14625'],
  ['Landkreis Zwickau', 'reg-14524'],
] as const;

async function openGaps(page: Page, regionId: string): Promise<void> {
  await page.goto(`${explorer.url}/luecken?region=${regionId}`);
  await expect
    .poll(() => page.locator('.gap-heatmap td.heat-cell').count(), { timeout: 15_000 })
    .toBe(36);
  await page.locator('.suggestion-list').first().waitFor({ timeout: 15_000 });
}

describe('Vernetzungslücken in rural districts', () => {
  it.each(RURAL)(
    '%s shows a verdict in every cell and suggestions aimed at its cells',
    async (name, id) => {
      const page = await explorer.newPage();
      await openGaps(page, id);
      expect(await page.locator('.gap-heatmap caption').textContent()).toContain(name);
      // Each cell says what it is: a verdict of the exact test, or that a sector has no organisation.
      const labels = await page
        .locator('.gap-heatmap td.heat-cell button')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
      expect(labels).toHaveLength(36);
      for (const label of labels)
        expect(label).toMatch(/Lücke$|Unauffällig$|Zu wenig Daten$|nichts zu beurteilen\.$/);
      expect(labels.some((label) => /Zu wenig Daten$/.test(label))).toBe(true);
      expect(await page.locator('.gap-summary-counts').textContent()).toMatch(
        /^\d+ Lücken? · \d+ unauffällig · \d+ mit zu wenig Daten/,
      );
      // Suggestions aimed at a cell come first, each saying which sector pair it aims at.
      const first = page.locator('.suggestion-list > li').first();
      expect(await first.locator('.target-note').textContent()).toMatch(
        /^Zielt auf (die Lücke )?\S.* × \S/,
      );
      await screenshot(page, `gaps-rural-${id}`);
      await page.close();
    },
  );

  it('opens a cell with a click: its verdict, what would decide it, pairs, brokers and suggestions', async () => {
    const page = await explorer.newPage();
    await openGaps(page, 'reg-14626');
    // The cell the first suggestion aims at.
    const note = (await page.locator('.suggestion-list .target-note').first().textContent()) ?? '';
    const sectors = /Zielt auf (?:die Lücke )?(.+? × [^:]+)/.exec(note)?.[1] ?? '';
    expect(sectors).not.toBe('');
    await page
      .getByRole('button', { name: new RegExp(`^${sectors}:`) })
      .first()
      .click();
    const panel = page.locator('.gap-cell-panel');
    await panel.waitFor();
    expect(await panel.locator('#gap-cell-heading').textContent()).toBe(sectors);
    expect(await panel.locator(':scope > .verdict').textContent()).toMatch(
      /Beobachtet \d+, erwartet/,
    );
    expect(await panel.getByRole('heading', { name: /Bestehende Kooperation/ }).count()).toBe(1);
    expect(
      await panel.getByRole('heading', { name: 'Wer könnte die Sektoren verbinden?' }).count(),
    ).toBe(1);
    await expect
      .poll(() => panel.locator('.suggestion-list > li').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    // Every suggestion of the panel joins the cell's two sectors.
    const [a = '', b = ''] = sectors.split(' × ');
    for (const line of await panel.locator('.suggestion-list > li > p.muted').allTextContents())
      expect(
        line
          .split(' · ')
          .map((s) => s.trim())
          .sort(),
      ).toEqual([a, b].sort());
    expect(
      await panel
        .getByRole('link', { name: 'Alle Brückenbauer:innen der Region' })
        .getAttribute('href'),
    ).toContain('region=reg-14626');
    await screenshot(page, 'gaps-rural-cell');
    await page.close();
  });

  it('pools Görlitz with the nearest rural districts, so cells without data get an answer', async () => {
    const page = await explorer.newPage();
    await openGaps(page, 'reg-14626');
    const summary = (await page.locator('.gap-pooled-summary').textContent()) ?? '';
    expect(summary).toMatch(
      /^Zusammen mit den nächstgelegenen Kreisen gleicher Art \(Landkreis Bautzen, .*; gemeinsam \d+ Organisationen, \d+ Kooperationen\) für die \d+ Zellen ohne eigenes Urteil:/,
    );
    const [, gaps = '0', unremarkable = '0'] =
      /(\d+) Lücken? · (\d+) unauffällig · \d+ weiterhin mit zu wenig Daten\.$/.exec(summary) ?? [];
    expect(Number(gaps) + Number(unremarkable)).toBeGreaterThan(0);
    // A cell without a verdict of its own (between two sectors Görlitz has organisations in) shows the
    // pooled one, labelled, below its own.
    const lacking = page.locator('.gap-heatmap td.heat-cell button[aria-label$="Zu wenig Daten"]');
    let answered = false;
    let shown = 0;
    for (let i = 0; i < (await lacking.count()) && !answered; i++) {
      const label = (await lacking.nth(i).getAttribute('aria-label')) ?? '';
      await lacking.nth(i).click();
      // The table is symmetric: a cell below the diagonal names its sectors the other way round.
      const sectorsOf = (text: string | null) => (text ?? '').split(':')[0]?.split(' × ').sort();
      await expect
        .poll(async () => sectorsOf(await page.locator('#gap-cell-heading').textContent()))
        .toEqual(sectorsOf(label));
      const pooled = page.locator('.gap-cell-panel .gap-pooled');
      if ((await pooled.count()) === 0) continue;
      shown++;
      expect(await pooled.locator('.gap-pooled-label').textContent()).toMatch(
        /^Zusammen mit den nächstgelegenen Kreisen gleicher Art \(Landkreis Bautzen, /,
      );
      answered = (await pooled.locator('.verdict-gap, .verdict-unremarkable').count()) > 0;
    }
    expect(answered).toBe(true);
    expect(shown).toBeGreaterThan(0);
    await screenshot(page, 'gaps-rural-pooled');
    await page.close();
  });

  it('opens a cell with Enter and closes it with Escape, back on the cell', async () => {
    const page = await explorer.newPage();
    await openGaps(page, 'reg-14625');
    const cell = page.locator('.gap-heatmap td.heat-cell button').nth(1);
    const label = (await cell.getAttribute('aria-label')) ?? '';
    await cell.focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('#gap-cell-heading');
    await heading.waitFor();
    expect(label.startsWith(`${await heading.textContent()}:`)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gap-cell-heading');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.gap-cell-panel').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      label,
    );
    await page.close();
  });
});
