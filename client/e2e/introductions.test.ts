/**
 * Introductions followed up (issue 15, "Vernetzung anstoßen") in the browser: a coordinator introduces a pair
 * from a link suggestion, copies the e-mail text, moves the pair to "cooperating" in the coordinator's list,
 * and the cooperation tie is then in the network; guests see only the counts in the Regions view.
 */
import { readFile } from 'node:fs/promises';
import { INTRODUCTION_EXPORT_COLUMNS, TIE_PROPOSAL_EXPORT_COLUMNS } from '@nzr/graph-schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './api';
import { screenshot } from './harness';
import type { Explorer } from './harness';
import { signIn } from './views';
import { startWithCoordinator } from './with-coordinator';

const COORDINATOR = {
  email: 'vernetzung@example.org',
  password: 'coordinator pw 123',
  displayName: 'Vera Vernetzung',
};

let explorer: Explorer;
let coordinatorToken: string;
beforeAll(async () => {
  ({ explorer, coordinatorToken } = await startWithCoordinator(COORDINATOR));
});
afterAll(async () => {
  await explorer?.close();
});

interface Listed {
  introductions: {
    introductions: {
      id: string;
      status: string;
      tieId: string | null;
      from: { id: string };
      to: { id: string };
    }[];
  };
}
const LIST = `{ introductions { introductions { id status tieId from { id } to { id } } } }`;

describe('Vernetzung anstoßen', () => {
  it('hides the action from guests on the suggestions', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/luecken`);
    await page.locator('.suggestion-list li').first().waitFor();
    expect(await page.getByRole('button', { name: /^Vernetzung anstoßen/ }).count()).toBe(0);
    await page.close();
  });

  it('introduces a suggested pair, moves it to cooperating and writes the tie', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/luecken`);
    await signIn(page, COORDINATOR);
    const card = page.locator('.suggestion-list li').first();
    const title = (await card.locator('h3').textContent()) ?? '';
    await card.getByRole('button', { name: /^Vernetzung anstoßen/ }).click();
    await card.getByLabel('Weg').selectOption('meeting');
    await card.getByLabel('Notiz (optional)').fill('Beim Regionaltreffen vorgestellt.');
    await card.getByRole('button', { name: 'Vorstellung festhalten' }).click();
    await card.getByText('Festgehalten: Vorgestellt').waitFor();
    const email = await card.getByLabel('E-Mail-Text zum Kopieren').inputValue();
    expect(email).toMatch(/^Kennenlernen: /);
    await screenshot(page, 'introduction-recorded');

    await page.getByRole('link', { name: 'Vernetzung anstoßen' }).click();
    const row = page.locator('.introduction-row').first();
    await row.waitFor();
    // The suggestion's heading reads "A ↔ und B" (the "und" only for screen readers).
    const [aName = '', rest = ''] = title.split('↔');
    const bName = rest.replace(/^\s*und\s*/, '');
    const heading = (await row.locator('h3').textContent()) ?? '';
    expect(heading).toContain(aName.trim());
    expect(heading).toContain(bName.trim());
    expect(await row.textContent()).toContain('über Treffen');
    expect(await row.textContent()).toContain('Beim Regionaltreffen vorgestellt.');
    await row.getByRole('button', { name: 'Weiter: Im Kontakt' }).click();
    await row.getByRole('button', { name: 'Weiter: Kooperieren' }).waitFor();
    await row.getByLabel('Art der Kooperation').selectOption('exchange');
    await screenshot(page, 'introduction-in-contact');
    await row.getByRole('button', { name: 'Weiter: Kooperieren' }).click();
    await page.getByText('Keine Vorstellungen in dieser Region.').waitFor();
    await page.getByLabel('Auch abgeschlossene zeigen').check();
    const finished = page.locator('.introduction-row[data-status="cooperating"]');
    await finished.waitFor();
    expect(await finished.textContent()).toContain('Beim Regionaltreffen vorgestellt.');

    const { introductions } = await graphql<Listed>(explorer.url, LIST, {}, coordinatorToken);
    const [done] = introductions.introductions;
    expect(done).toMatchObject({ status: 'cooperating' });
    const graph = await graphql<{
      neighbourhood: { edges: { id: string; type: string; properties: { kind?: string } }[] };
    }>(
      explorer.url,
      'query($ids: [ID!]!) { neighbourhood(ids: $ids, relationshipTypes: [COOPERATES_WITH]) { edges { id type properties } } }',
      { ids: [done?.from.id] },
    );
    expect(graph.neighbourhood.edges.find((edge) => edge.id === done?.tieId)).toMatchObject({
      type: 'COOPERATES_WITH',
      properties: { kind: 'exchange' },
    });
    await page.close();
  });

  it('downloads the introductions and the tie proposals as CSV, without the note', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/vernetzung`);
    await signIn(page, COORDINATOR);
    const download = async (section: ReturnType<Page['locator']>): Promise<string> => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        section.getByRole('button', { name: 'CSV herunterladen' }).click(),
      ]);
      return readFile((await file.path()) ?? '', 'utf8');
    };
    const introductions = page.getByRole('region', { name: 'Offene Vorstellungen' });
    const text = await download(introductions);
    expect(text.split('\n')[0]).toBe(`\uFEFF${INTRODUCTION_EXPORT_COLUMNS.join(',')}`);
    // The pair of the test before, moved to cooperating; its note stays out of the file.
    expect(text).toContain(',cooperating,meeting,');
    expect(text).not.toContain('Regionaltreffen');
    const ties = page.locator('.region-ties');
    await ties.getByLabel('Semikolon als Trennzeichen (Excel)').check();
    const tieText = await download(ties);
    expect(tieText.split('\n')[0]).toBe(`\uFEFF${TIE_PROPOSAL_EXPORT_COLUMNS.join(';')}`);
    await page.close();
  });

  it('introduces an institution to one of its allies nearby, recorded as coming from allies', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/verbuendete?actor=ins-000147&from=actor&radius=30`);
    await signIn(page, COORDINATOR);
    // `has` is evaluated inside each list item: a locator not rooted in another element.
    const introduce = page.getByRole('button', { name: /^Vernetzung anstoßen/ });
    const first = page.locator('.ally-list li').filter({ has: introduce }).first();
    await first.waitFor();
    // Pinned by name: once the form opens, the card no longer holds the button it was found by.
    const allyName = (await first.locator('h4').textContent()) ?? '';
    const card = page
      .locator('.ally-list li')
      .filter({ has: page.locator('h4', { hasText: allyName }) })
      .first();
    await card.getByRole('button', { name: /^Vernetzung anstoßen/ }).click();
    await card.getByRole('button', { name: 'Vorstellung festhalten' }).click();
    await card.getByText('Festgehalten: Vorgestellt').waitFor();
    const { introductions } = await graphql<{
      introductions: { introductions: { source: string; from: { id: string } }[] };
    }>(
      explorer.url,
      '{ introductions { introductions { source from { id } } } }',
      {},
      coordinatorToken,
    );
    expect(introductions.introductions[0]).toMatchObject({
      source: 'ally',
      from: { id: 'ins-000147' },
    });
    await page.close();
  });

  it('shows guests in the Regions view how many introductions led to cooperation, without names', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/regionen`);
    // The growth section counts introductions and the cooperations they led to, as bars per year.
    const growth = page.locator('.growth');
    await growth.waitFor();
    expect(await growth.textContent()).toContain(
      'Vorstellungen: 2 · daraus entstandene Kooperationen: 1.',
    );
    const thisYear = String(new Date().getFullYear());
    await growth.getByText('Als Tabelle').click();
    const row = growth.locator('tr', { has: page.locator(`th:text-is("${thisYear}")`) });
    // Columns: begun, across sectors, from introductions, ended, in force, introductions made.
    expect(await row.locator('td').nth(2).textContent()).toBe('1');
    expect(await row.locator('td').nth(5).textContent()).toBe('2');
    await page.goto(`${explorer.url}/vernetzung`);
    await page.getByText('Bitte melden Sie sich an', { exact: false }).waitFor();
    await page.close();
  });
});
