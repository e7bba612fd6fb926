/** Browser tests of the analytics views (issue 5) on the seeded demo data: gaps, allies, clusters, the rest. */
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

const params = (page: Page) => new URL(page.url()).searchParams;

describe('Vernetzungslücken', () => {
  it('shows the sector heat map and a suggestion on the map, focused on both institutions', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/luecken`);
    const cells = page.locator('.gap-heatmap td.heat-cell');
    await expect.poll(() => cells.count(), { timeout: 15_000 }).toBe(36);
    expect(await page.locator('.gap-heatmap caption').textContent()).toContain('Freistaat Sachsen');
    expect(await page.locator('td.heat-under').count()).toBeGreaterThan(0);
    // Observed against expected on focus.
    await page.locator('td.heat-under').first().focus();
    expect(await page.locator('td.heat-under .heat-tip').first().isVisible()).toBe(true);
    expect(await page.locator('td.heat-under').first().getAttribute('aria-label')).toMatch(
      /beobachtet.*erwartet.*Vernetzungslücke/,
    );
    const first = page.locator('.suggestion-list > li').first();
    expect(await first.locator('.explanation').textContent()).toMatch(/^Beide arbeiten zu/);
    await screenshot(page, 'gaps');
    const [a = '', b = ''] = ((await first.locator('h3').textContent()) ?? '')
      .split('↔')
      .map((part) => part.trim().replace(/^und\s+/, ''));
    await first.getByRole('link', { name: 'Auf der Karte zeigen' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    expect(params(page).get('focus')?.split(',')).toHaveLength(2);
    expect(params(page).get('depth')).toBe('1');
    await page.locator('.network-map canvas').first().waitFor();
    const rows = page.locator('.node-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const names = await page.locator('.node-table tbody th').allTextContents();
    expect(names.join('|')).toContain(a);
    expect(names.join('|')).toContain(b);
    await expect.poll(() => page.locator('#map-heading').textContent()).toContain('Fokus');
    await screenshot(page, 'gaps-show-on-map');
    await page.close();
  });

  it('explains suggestions in English from the machine-readable reasons', async () => {
    const page = await explorer.newPage('en');
    await page.goto(`${explorer.url}/luecken?region=reg-14713000`);
    const explanation = page.locator('.suggestion-list .explanation').first();
    await expect
      .poll(() => explanation.textContent(), { timeout: 15_000 })
      .toMatch(/^Both work on/);
    expect(await page.getByRole('link', { name: 'Show on map' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'gaps-en');
    await page.close();
  });
});

describe('Verbündete in der Nähe', () => {
  it('finds allies around a municipality, widens the radius and shows them on a geographic map', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/verbuendete?region=reg-14612000&radius=5`);
    const allies = page.locator('.ally-list > li');
    await expect.poll(() => allies.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await allies.count();
    await page.getByRole('slider', { name: /Umkreis/ }).fill('50');
    await expect.poll(() => params(page).get('radius')).toBe('50');
    await expect
      .poll(() => page.locator('#allies-heading + p').textContent(), { timeout: 15_000 })
      .toContain('50 km');
    expect(await allies.count()).toBeGreaterThanOrEqual(before);
    expect(await allies.first().locator('.score').textContent()).toMatch(/km/);
    await page.locator('.allies-results .network-map canvas').first().waitFor();
    expect(await page.locator('.map-toolbar select').first().inputValue()).toBe('geo');
    await allies.first().getByRole('button').click();
    await expect.poll(() => params(page).get('sel')).toBeTruthy();
    await screenshot(page, 'allies');
    await page.close();
  });
});

describe('Themencluster', () => {
  it('renders cluster cards, modularity with its explanation and the coloured map', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/cluster`);
    const cards = page.locator('.cluster-card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(2);
    expect(await page.locator('.metric').first().textContent()).toMatch(
      /Modularität0,\d+.*Gruppen/,
    );
    expect(await cards.first().textContent()).toMatch(/Themen.*Sektoren.*Region/);
    await page.locator('#cluster-map-heading').waitFor();
    await page.locator('.theme-graph canvas').first().waitFor();
    await screenshot(page, 'clusters');
    await page.close();
  });
});

describe('further analytics views', () => {
  it.each([
    ['/regionen', 'Regionen im Vergleich', '.region-table tbody tr'],
    ['/brueckenbauer', 'Brückenbauer:innen', '.result-card'],
    ['/foerderprogramme', 'Förderprogramme', '.result-card'],
    ['/angebote', 'Angebote & Bedarfe', '.result-card'],
    ['/netzwerke', 'Netzwerk der Netzwerke', '.result-card'],
  ])('%s renders its results', async (path, title, items) => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}${path}`);
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await expect.poll(() => page.locator(items).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    await screenshot(page, `analytics${path.replace('/', '-')}`);
    await page.close();
  });

  it('opens a region’s map from the comparison table', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/regionen?sort=name:asc`);
    const link = page.locator('.region-table tbody th a').first();
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    expect(params(page).get('region')).toMatch(/^reg-14/);
    await page.close();
  });
});
