/**
 * Phones (issue 12, item 3): every view of the navigation, as a guest and signed in, fits a 390 px wide
 * screen without sideways scrolling, and the network map starts on the first screen. The desktop is checked
 * the same way, since a layout fixed for phones can still break at 1440 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './harness';
import type { Explorer, Viewport } from './harness';
import { ADMIN, startWithCoordinator } from './with-coordinator';
import { navPaths, sidewaysOverflow, signIn, waitForView } from './views';
import type { Account } from './views';

const COORDINATOR = {
  email: 'koordination@example.org',
  password: 'coordinator pw 123',
  displayName: 'Kim Koordination',
};

let explorer: Explorer;
beforeAll(async () => {
  ({ explorer } = await startWithCoordinator(COORDINATOR));
});
afterAll(async () => {
  await explorer?.close();
});

async function phonePage(account?: Account): Promise<Page> {
  const page = await explorer.newPage('de', PHONE);
  await page.goto(explorer.url);
  await waitForView(page);
  if (account) await signIn(page, account);
  return page;
}

/** Visits each path and returns those that scroll sideways, with their page width. */
async function overflowing(
  page: Page,
  paths: readonly string[],
  who: string,
  viewport: Viewport = PHONE,
): Promise<string[]> {
  const device = viewport === PHONE ? 'phone' : 'desktop';
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(`${explorer.url}${path}`);
    await waitForView(page);
    const extra = await sidewaysOverflow(page);
    if (extra > 0) found.push(`${path}: ${viewport.width + extra} px`);
    await screenshot(page, `${device}-${who}${path === '/' ? '-map' : path.replaceAll('/', '-')}`);
  }
  return found;
}

describe('Auf dem Telefon (390 × 844)', () => {
  // A dozen views, each loaded and measured: longer than the default limit on a busy machine.
  const MANY_VIEWS = 240_000;

  it('no view scrolls sideways for a guest', { timeout: MANY_VIEWS }, async () => {
    const page = await phonePage();
    const paths = await navPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(10);
    expect(await overflowing(page, paths, 'guest')).toEqual([]);
    await page.close();
  });

  it.each([
    ['coordinator', COORDINATOR, '/import'],
    ['admin', ADMIN, '/admin'],
  ] as const)(
    'no view scrolls sideways for a signed-in %s, its own views included',
    { timeout: MANY_VIEWS },
    async (who, account, ownView) => {
      const page = await phonePage(account);
      const paths = await navPaths(page);
      expect(paths).toContain(ownView);
      expect(await overflowing(page, paths, who)).toEqual([]);
      await page.close();
    },
  );

  it('shows the map on the first screen, with the filters folded behind one line', async () => {
    const page = await phonePage();
    const canvas = page.locator('.network-map canvas').first();
    await canvas.waitFor();
    const top = await canvas.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(PHONE.height * 0.75);
    // The filters are one tap away.
    const topic = page.getByRole('combobox', { name: 'Thema' });
    await expect.poll(() => topic.isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Filter' }).click();
    await expect.poll(() => topic.isVisible()).toBe(true);
    await page.close();
  });

  it('opens the views from a menu button that names the current view', async () => {
    const page = await phonePage();
    const menu = page.getByRole('button', { name: /Menü/ });
    expect(await menu.textContent()).toContain('Netzwerkkarte');
    expect(await page.getByRole('link', { name: 'Regionen' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Regionen' }).click();
    await waitForView(page);
    expect(new URL(page.url()).pathname).toBe('/regionen');
    expect(await menu.textContent()).toContain('Regionen');
    expect(await page.getByRole('link', { name: 'Überblick' }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('Am großen Bildschirm (1440 px)', () => {
  it('no view scrolls sideways for a guest', { timeout: 240_000 }, async () => {
    const page = await explorer.newPage('de', DESKTOP);
    await page.goto(explorer.url);
    await waitForView(page);
    const paths = await navPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(10);
    expect(await overflowing(page, paths, 'guest', DESKTOP)).toEqual([]);
    await page.close();
  });
});
