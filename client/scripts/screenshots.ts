/**
 * `npm run screenshots` (after `npm run build`): every view at 1440×900 and 390×844 as PNG files in
 * `screenshots/` (git-ignored), for a person to look at. Builds nothing: it runs the built app as `npm run
 * serve` does (the compiled seed, then the compiled server) on a temporary DATA_DIR, so it shows the demo data
 * and signs in with the demo account the seed prints, plus an admin set through ADMIN_EMAIL/ADMIN_PASSWORD.
 * Guests get every view of the navigation; the coordinator and the admin the views only they have (routes with
 * a minRole), a possible duplicate's details, and the
 * map (with its edit buttons). Each page's width is checked too: a view that scrolls sideways is named.
 * `SCREENSHOTS_ONLY=/regionen,/admin` limits the run to those paths (a quick look at the views one changed).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { navPaths, sidewaysOverflow, signIn, waitForView } from '../e2e/views';
import type { Account } from '../e2e/views';
import { ROUTES } from '../src/app/routes';
import { startBuiltApp } from './built-app';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.join(ROOT, 'screenshots');
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const ONLY = process.env.SCREENSHOTS_ONLY?.split(',').filter(Boolean);
/** A focused node with its details open: the map's other state worth seeing. */
const MAP_DETAILS = '/?focus=net-000008&sel=net-000008';
/** An organisation entered twice in the demo data: signed in, its details flag the possible duplicate. */
const DUPLICATE_DETAILS = '/?focus=ins-000045&sel=ins-000045';
/** The views a guest does not have (coordinators' and admins' own), from the router's list. */
const OWN_VIEWS = new Set(ROUTES.filter((route) => route.minRole).map((route) => route.path));

const BUILT = ['client/dist/index.html', 'server/dist/bundle/start.js', 'seed/dist/bundle/cli.js'];
const missing = BUILT.filter((file) => !existsSync(path.join(ROOT, file)));
if (missing.length > 0) {
  console.error(`Erst bauen / build first: npm run build (fehlt / missing: ${missing.join(', ')})`);
  process.exit(1);
}

const fileName = (viewport: string, who: string, pathname: string) =>
  `${viewport}-${who}-${pathname === '/' ? 'karte' : pathname === DUPLICATE_DETAILS ? 'karte-doppeleintrag' : pathname.replace(/^\/\?.*/, 'karte-details').replaceAll('/', '')}.png`;

async function shoot(
  browser: Browser,
  url: string,
  viewport: (typeof VIEWPORTS)[number],
  who: string,
  account: Account | null,
): Promise<string[]> {
  const context = await browser.newContext({ viewport, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(url);
  await waitForView(page);
  if (account) await signIn(page, account);
  const all = await navPaths(page);
  // Signed in: only what differs from a guest's view (their own views and the map with its edit buttons).
  const chosen = account
    ? ['/', DUPLICATE_DETAILS, ...all.filter((p) => OWN_VIEWS.has(p))]
    : [...all, MAP_DETAILS];
  const paths = ONLY ? chosen.filter((p) => ONLY.includes(p)) : chosen;
  const problems: string[] = [];
  for (const pathname of paths) {
    await page.goto(`${url}${pathname}`);
    await waitForView(page);
    const file = fileName(viewport.name, who, pathname);
    await page.screenshot({ path: path.join(OUT, file), fullPage: true });
    const extra = await sidewaysOverflow(page);
    console.log(`${file}${extra > 0 ? `  ← ${extra} px zu breit / too wide` : ''}`);
    if (extra > 0) problems.push(file);
  }
  await context.close();
  return problems;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-screenshots-'));
const admin = { email: 'admin@example.org', password: randomBytes(12).toString('base64url') };
const app = await startBuiltApp({ root: ROOT, dataDir, admin });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
let problems: string[] = [];
try {
  await mkdir(OUT, { recursive: true });
  for (const viewport of VIEWPORTS) {
    problems = [
      ...problems,
      ...(await shoot(browser, app.url, viewport, 'gast', null)),
      ...(await shoot(browser, app.url, viewport, 'koordination', app.demoAccount)),
      ...(await shoot(browser, app.url, viewport, 'admin', admin)),
    ];
  }
} finally {
  await browser.close();
  await app.stop();
  await rm(dataDir, { recursive: true, force: true });
}
console.log(`\nScreenshots in ${path.relative(process.cwd(), OUT) || '.'}/`);
if (problems.length > 0) {
  console.error(`Seitlich scrollend / scrolling sideways: ${problems.join(', ')}`);
  process.exitCode = 1;
}
