/**
 * Keyboard (issue 12, item 6): the first Tab stop jumps to the map, arrow keys on the map select nodes without
 * scrolling the page, and the browser's own shortcuts (Alt+←, Ctrl/Cmd with + − 0) pass through the map.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer } from './harness';
import type { Explorer } from './harness';
import { waitForView } from './views';

let explorer: Explorer;
beforeAll(async () => {
  explorer = await startExplorer();
});
afterAll(async () => {
  await explorer?.close();
});

const selected = (page: Page) => new URL(page.url()).searchParams.get('sel');
const mapFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'network-map');

/** Opens the map and records, for every key press that reaches the window, whether something took it. */
async function openMap(page: Page): Promise<void> {
  await page.goto(explorer.url);
  await waitForView(page);
  await page.locator('.network-map canvas').first().waitFor();
  await page.evaluate(() => {
    const log: { key: string; taken: boolean }[] = [];
    Object.assign(window, { keyLog: log });
    window.addEventListener('keydown', (event) =>
      log.push({ key: event.key, taken: event.defaultPrevented }),
    );
  });
}

const keyLog = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { keyLog: { key: string; taken: boolean }[] }).keyLog.splice(0),
  );

describe('Tastatur', () => {
  it('reaches the map with the first Tab stop, "Zur Karte springen"', async () => {
    const page = await explorer.newPage();
    await openMap(page);
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    expect(await first.textContent()).toBe('Zur Karte springen');
    expect(await first.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => mapFocused(page)).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('names the skip link in English too', async () => {
    const page = await explorer.newPage('en');
    await openMap(page);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Skip to map');
    await page.close();
  });

  it('selects nodes with the arrow keys without scrolling the page', async () => {
    const page = await explorer.newPage();
    await openMap(page);
    await page.locator('[data-testid="network-map"]').focus();
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selected(page)).toBeTruthy();
    const first = selected(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selected(page)).not.toBe(first);
    // The table beside the map follows the selection inside its own box; the page stays where it was.
    await page.locator('.node-table tr[data-selected]').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledBefore);
    expect(await mapFocused(page)).toBe(true);
    expect((await keyLog(page)).map((entry) => entry.taken)).toEqual([true, true]);
    await page.close();
  });

  it('leaves Alt+← and Ctrl/Cmd with + − 0 to the browser', async () => {
    const page = await explorer.newPage();
    await openMap(page);
    await page.locator('[data-testid="network-map"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selected(page)).toBeTruthy();
    const before = selected(page);
    await keyLog(page);
    const shortcuts = ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Control+Equal', 'Control+Minus'];
    for (const shortcut of [...shortcuts, 'Control+Digit0', 'Meta+Digit0', 'Meta+Minus']) {
      await page.keyboard.press(shortcut);
    }
    const log = await keyLog(page);
    expect(log.filter((entry) => !['Alt', 'Control', 'Meta'].includes(entry.key))).toEqual([
      { key: 'ArrowLeft', taken: false },
      { key: 'ArrowRight', taken: false },
      { key: '=', taken: false },
      { key: '-', taken: false },
      { key: '0', taken: false },
      { key: '0', taken: false },
      { key: '-', taken: false },
    ]);
    expect(selected(page)).toBe(before);
    // The same keys without a modifier are the map's own.
    await page.keyboard.press('Minus');
    await page.keyboard.press('Digit0');
    expect(await keyLog(page)).toEqual([
      { key: '-', taken: true },
      { key: '0', taken: true },
    ]);
    await page.close();
  });
});
