/** Page helpers shared by the layout and keyboard tests: the views of the navigation, readiness, sign-in. */
import type { Page } from 'playwright-core';

/**
 * The paths of every view the navigation offers to the current viewer: the client router's own list (the nav
 * renders ROUTES filtered by role), so a new route is checked without editing the tests.
 */
export async function navPaths(page: Page): Promise<string[]> {
  await page.locator('.main-nav a').first().waitFor({ state: 'attached' });
  return page.$$eval('.main-nav a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

/** Waits until the lazy view has loaded and no part of it is still fetching. */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main')?.childElementCount &&
      !document.querySelector('main > p[role="status"]') &&
      !document.querySelector('[aria-busy="true"]'),
    null,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
}

export interface Account {
  readonly email: string;
  readonly password: string;
}

/** Signs in through the header's dialog, as a person would. */
export async function signIn(page: Page, account: Account): Promise<void> {
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Anmelden' });
  await dialog.getByLabel('E-Mail-Adresse').fill(account.email);
  await dialog.getByLabel('Passwort').fill(account.password);
  await dialog.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(/Angemeldet als/).waitFor();
}

/** Width beyond the viewport: the page scrolls sideways when positive. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
