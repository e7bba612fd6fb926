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
    // Observed against expected on focus; the verdict of the exact test in words.
    await page.locator('td.heat-under button').first().focus();
    expect(await page.locator('td.heat-under .heat-tip').first().isVisible()).toBe(true);
    expect(await page.locator('td.heat-under button').first().getAttribute('aria-label')).toMatch(
      /beobachtet.*erwartet.*Lücke/,
    );
    const first = page.locator('.suggestion-list > li').first();
    // A suggestion needs a shared theme or a common partner (never nearness alone), and says which.
    expect(await first.locator('.explanation').textContent()).toMatch(
      /^Beide arbeiten zu|gemeinsame[rn]? Partner/,
    );
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
    await expect.poll(() => explanation.textContent(), { timeout: 15_000 }).toMatch(/km away/);
    // Every reason kind rendered in English: no German sentence parts, no empty slots of an unknown kind.
    const texts = (await page.locator('.suggestion-list .explanation').allTextContents()).join(' ');
    expect(texts).not.toMatch(/entfernt|Beide|gemeinsame|arbeiten|vernetzt/);
    expect(texts).not.toMatch(/, ,|undefined|\. \./);
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

describe('Netzwerke', () => {
  it('draws the network of networks with a table and link list in step with the selection', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/netzwerke`);
    const graph = page.getByTestId('network-graph');
    await graph.locator('canvas').first().waitFor({ timeout: 15_000 });
    const rows = page.locator('.network-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(2);
    // Something is drawn: the node layer of the canvas has coloured pixels.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>(
            '[data-testid="network-graph"] canvas[data-id="layer2-node"]',
          );
          const context = canvas?.getContext('2d');
          if (!canvas || !context) return 0;
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let drawn = 0;
          for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) drawn += 1;
          return drawn;
        }),
      )
      .toBeGreaterThan(1000);
    expect(await graph.getAttribute('aria-label')).toMatch(/\d+ Netzwerke, \d+ Verbindungen/);

    // The table selects: the URL, the row and the link list follow.
    const second = rows.nth(1).getByRole('button');
    const name = (await second.textContent()) ?? '';
    await second.click();
    await expect.poll(() => params(page).get('sel')).toMatch(/^net-/);
    expect(await rows.nth(1).getAttribute('data-selected')).not.toBeNull();
    await expect.poll(() => page.locator('#network-links-heading').textContent()).toContain(name);
    const cards = page.locator('.result-card h4');
    for (const text of await cards.allTextContents()) expect(text).toContain(name);
    await screenshot(page, 'networks-graph');

    // The keyboard on the graph: arrows step through the networks in table order, Escape clears.
    await graph.focus();
    await page.keyboard.press('ArrowUp');
    const first = (await rows.nth(0).getByRole('button').textContent()) ?? '';
    await expect.poll(() => page.locator('#network-links-heading').textContent()).toContain(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => params(page).get('sel')).toBeNull();

    // A permalink restores the selection.
    const selected = await rows.nth(2).getByRole('button').textContent();
    await rows.nth(2).getByRole('button').click();
    await expect.poll(() => params(page).get('sel')).toBeTruthy();
    await page.reload();
    await expect
      .poll(() => page.locator('.network-table tr[data-selected] button').first().textContent(), {
        timeout: 15_000,
      })
      .toBe(selected);
    await page.close();
  });
});

describe('view choices in permalinks', () => {
  it('restores the region level and the cluster mode and layout', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/regionen?level=municipality`);
    const municipalities = page.getByRole('radio', { name: 'Gemeinden' });
    await municipalities.waitFor();
    expect(await municipalities.isChecked()).toBe(true);
    await page.getByRole('radio', { name: /^Landkreise/ }).check();
    await expect.poll(() => params(page).get('level')).toBeNull();

    await page.goto(`${explorer.url}/cluster?mode=themes&layout=geo`);
    expect(await page.getByRole('radio', { name: 'gemeinsamen Themen' }).isChecked()).toBe(true);
    const layout = page.locator('.map-toolbar select').first();
    await layout.waitFor({ timeout: 15_000 });
    expect(await layout.inputValue()).toBe('geo');
    await layout.selectOption('fcose');
    await expect.poll(() => params(page).get('layout')).toBeNull();
    expect(params(page).get('mode')).toBe('themes');
    await page.close();
  });
});

describe('choices kept in the URL: reload, back and forward', () => {
  it('restores the Regions map column', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/regionen`);
    const column = page.getByLabel('Eingefärbt nach', { exact: true });
    await column.waitFor({ timeout: 15_000 });
    expect(await column.inputValue()).toBe('actorsPer10k');
    await column.selectOption('density');
    await expect.poll(() => params(page).get('metric')).toBe('density');
    await page.reload();
    await page.getByLabel('Eingefärbt nach', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('Eingefärbt nach', { exact: true }).inputValue()).toBe('density');
    expect(await page.locator('.region-choropleth svg').getAttribute('aria-label')).toContain(
      'Dichte',
    );
    await page.goBack();
    await expect.poll(() => params(page).get('metric')).toBeNull();
    expect(await page.getByLabel('Eingefärbt nach', { exact: true }).inputValue()).toBe(
      'actorsPer10k',
    );
    await page.goForward();
    await expect
      .poll(() => page.getByLabel('Eingefärbt nach', { exact: true }).inputValue())
      .toBe('density');
    await page.close();
  });

  it('restores the open gap cell', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/luecken?region=reg-14626`);
    const cell = page.locator('.gap-heatmap td.heat-cell button').first();
    await cell.waitFor({ timeout: 15_000 });
    await cell.click();
    const heading = page.locator('#gap-cell-heading');
    await heading.waitFor();
    const title = await heading.textContent();
    const chosen = params(page).get('cell');
    expect(chosen).toMatch(/^[a-z_]+,[a-z_]+$/);
    await page.reload();
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(title);
    await page.goBack();
    await expect.poll(() => page.locator('.gap-cell-panel').count()).toBe(0);
    expect(params(page).get('cell')).toBeNull();
    expect(params(page).get('region')).toBe('reg-14626');
    await page.goForward();
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(title);
    expect(params(page).get('cell')).toBe(chosen);
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
