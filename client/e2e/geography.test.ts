/**
 * The geographic views in a real browser: borders under the nodes with their attribution, the view fitted to the
 * selected district, the radius circle on the allies map, the Regions choropleth, and no request to a tile server
 * (the web map is off unless a user turns it on).
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

const params = (page: Page) => new URL(page.url()).searchParams;

/** Every request the page makes to another host than the explorer's. */
function foreignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(explorer.url) && !request.url().startsWith('data:')) {
      foreign.push(request.url());
    }
  });
  return foreign;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not drawn`);
  return found;
}

/** The share of the map's width and height that an underlay shape spans, and whether it lies inside. */
async function fitOf(page: Page, shape: string, map = '[data-testid="network-map"]') {
  await expect.poll(() => page.locator(shape).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // The view settles after the layout; the shape's box follows cytoscape's viewport.
  await page.waitForTimeout(500);
  const [outer, inner] = [await box(page, map), await box(page, shape)];
  return {
    width: inner.width / outer.width,
    height: inner.height / outer.height,
    inside:
      inner.x >= outer.x - 1 &&
      inner.y >= outer.y - 1 &&
      inner.x + inner.width <= outer.x + outer.width + 1 &&
      inner.y + inner.height <= outer.y + outer.height + 1,
  };
}

/** The map's always-shown labels: how many are drawn, and the pairs of drawn ones whose boxes overlap. */
function screenLabels(page: Page) {
  return page.getByTestId('network-map').evaluate((element) => {
    interface Box {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface LabelNode {
      id(): string;
      style(name: string): string;
      renderedBoundingBox(options: object): Box;
    }
    const cy = (element as unknown as { _cyreg: { cy: { nodes(s: string): LabelNode[] } } })._cyreg
      .cy;
    const drawn = [...cy.nodes('.screen-label')].filter((n) => Number(n.style('text-opacity')) > 0);
    const boxes = drawn.map((n) => ({
      id: n.id(),
      ...n.renderedBoundingBox({ includeNodes: false, includeLabels: true }),
    }));
    const overlapping: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
          overlapping.push(`${a.id}/${b.id}`);
        }
      }),
    );
    return { shown: drawn.length, overlapping };
  });
}

describe('Geografische Karte', () => {
  it('draws the 13 districts under the nodes, with attribution, fitted to the selected district', async () => {
    const page = await explorer.newPage();
    const foreign = foreignRequests(page);
    await page.goto(`${explorer.url}/?layout=geo&region=reg-14626`);
    const districts = page.getByTestId('border-districts');
    await districts.waitFor({ timeout: 15_000 });
    expect(await districts.getAttribute('data-count')).toBe('13');
    expect(await page.getByTestId('border-highlight').getAttribute('data-ags')).toBe('14626');
    const attribution = page.getByTestId('map-attribution');
    expect(await attribution.isVisible()).toBe(true);
    expect(await attribution.textContent()).toContain('GeoBasis-DE / BKG');
    // Fitted: Landkreis Görlitz (a tall district) fills most of the map's height and lies inside it.
    const goerlitz = await fitOf(page, '[data-testid="border-highlight"]');
    expect(goerlitz.inside).toBe(true);
    expect(Math.max(goerlitz.width, goerlitz.height)).toBeGreaterThan(0.75);
    await screenshot(page, 'geo-goerlitz');
    // Without a region the whole state is shown: the same district is then a small part of the map.
    await page.goto(`${explorer.url}/?layout=geo`);
    await districts.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('border-highlight').count()).toBe(0);
    const state = await fitOf(page, '[data-testid="border-districts"]');
    expect(state.inside).toBe(true);
    expect(Math.max(state.width, state.height)).toBeGreaterThan(0.75);
    expect(await page.locator('.map-tile').count()).toBe(0);
    expect(foreign).toEqual([]);
    // Names that are always shown (hubs, place names) never cover each other, e.g. in Leipzig and Dresden.
    const labels = await screenLabels(page);
    expect(labels.shown).toBeGreaterThanOrEqual(10);
    expect(labels.overlapping).toEqual([]);
    await page.close();
  });

  it('lifts a stale region filter on a search pick and shows the picked actor on screen', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/?layout=geo&region=reg-14713`);
    await page.getByTestId('border-highlight').waitFor({ timeout: 15_000 });
    const search = page.getByRole('combobox', { name: /suchen/ });
    await search.fill('Görlitz');
    await page.getByRole('listbox').waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect.poll(() => params(page).get('focus')).toBeTruthy();
    expect(params(page).get('region')).toBeNull();
    const notice = page.getByTestId('region-filter-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Regionsfilter „Leipzig“ wurde aufgehoben/);
    await expect
      .poll(() => page.locator('.map-status').textContent(), { timeout: 15_000 })
      .toMatch(/^([2-9]|\d\d+) Knoten/);
    // The picked node is inside the visible part of the map (cytoscape keeps its instance on the container).
    const focus = params(page).get('focus') ?? '';
    const onScreen = await page.getByTestId('network-map').evaluate((element, id) => {
      const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      const node = cy.getElementById(id);
      const { x, y } = node.renderedPosition();
      return node.length === 1 && x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
    }, focus);
    expect(onScreen).toBe(true);
    await notice.getByRole('button', { name: 'Wieder nur Leipzig zeigen' }).click();
    await expect.poll(() => params(page).get('region')).toBe('reg-14713');
    await page.close();
  });
});

interface CyLike {
  getElementById(id: string): { length: number; renderedPosition(): { x: number; y: number } };
  width(): number;
  height(): number;
}

describe('Verbündete: Umkreis auf der Karte', () => {
  it('draws the search radius as a circle the map is fitted to', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/verbuendete?region=reg-14626&radius=20`);
    const circle = page.getByTestId('radius-circle');
    await circle.waitFor({ timeout: 15_000 });
    expect(await circle.getAttribute('data-radius-km')).toBe('20');
    const fit = await fitOf(page, '[data-testid="radius-circle"]', '.allies-results .network-map');
    expect(fit.inside).toBe(true);
    expect(Math.max(fit.width, fit.height)).toBeGreaterThan(0.75);
    expect(await page.getByTestId('map-attribution').isVisible()).toBe(true);
    // A wider radius, a bigger circle on the ground: the view zooms out to keep it whole.
    await page.getByRole('slider', { name: /Umkreis/ }).fill('50');
    await expect.poll(() => circle.getAttribute('data-radius-km'), { timeout: 15_000 }).toBe('50');
    expect(
      (await fitOf(page, '[data-testid="radius-circle"]', '.allies-results .network-map')).inside,
    ).toBe(true);
    await screenshot(page, 'allies-radius');
    await page.close();
  });
});

describe('Regionen als Karte', () => {
  it('colours the districts by actors per 10,000 inhabitants, with a legend and another column to choose', async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/regionen`);
    const map = page.getByTestId('region-choropleth');
    const areas = map.locator('path[data-ags]');
    await expect.poll(() => areas.count(), { timeout: 15_000 }).toBe(13);
    const colours = () =>
      areas.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-colour')));
    const perInhabitants = await colours();
    expect(new Set(perInhabitants).size).toBeGreaterThanOrEqual(3);
    expect(await map.locator('.choropleth-legend li').count()).toBeGreaterThanOrEqual(4);
    expect(await map.textContent()).toContain('GeoBasis-DE / BKG');
    await map.getByLabel('Eingefärbt nach', { exact: true }).selectOption('crossSectorShare');
    await expect.poll(colours).not.toEqual(perInhabitants);
    await screenshot(page, 'regions-choropleth');
    await page.getByRole('radio', { name: 'Gemeinden' }).check();
    await expect.poll(() => areas.count()).toBeGreaterThan(400);
    await page.close();
  });
});
