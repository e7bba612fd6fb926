/**
 * Test infrastructure for the browser tests: a fresh embedded store in a temporary DATA_DIR, seeded with the
 * demo network (300 actors, seed 42, as `npm start` does), the real server in-process serving client/dist, and
 * Debian's chromium through playwright-core (never a downloaded browser).
 */
import 'reflect-metadata';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@nzr/seed/generate';
import { loadGraph } from '@nzr/seed/load';
import { createServer } from '@nzr/server/app';
import { openStore } from '@nzr/server/store';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const CLIENT_DIR = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT_DIR = path.join(CLIENT_DIR, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Explorer {
  readonly url: string;
  readonly browser: Browser;
  newPage(language?: 'de' | 'en', viewport?: Viewport): Promise<Page>;
  close(): Promise<void>;
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The desktop the browser tests use unless a test asks for a phone. */
export const DESKTOP: Viewport = { width: 1440, height: 960 };
/** A common phone in portrait (issue 12: every view usable at 390 px). */
export const PHONE: Viewport = { width: 390, height: 844 };

export interface ExplorerOptions {
  /** First admin account, created at start-up (as ADMIN_EMAIL/ADMIN_PASSWORD do). */
  readonly admin?: { readonly email: string; readonly password: string };
}

export async function startExplorer(options: ExplorerOptions = {}): Promise<Explorer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-e2e-'));
  const store = await openStore({ kind: 'embedded', dataDir });
  await loadGraph(store, generate({ actors: 300, seed: 42 }));
  const server = await createServer({
    store,
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      ...(options.admin
        ? { auth: { sessionSecret: null, sessionTtlSeconds: 3600, initialAdmin: options.admin } }
        : {}),
    },
    clientDist: path.join(CLIENT_DIR, 'dist'),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await mkdir(OUTPUT_DIR, { recursive: true });
  return {
    url: server.url,
    browser,
    async newPage(language = 'de', viewport = DESKTOP) {
      const context = await browser.newContext({
        viewport,
        locale: language === 'de' ? 'de-DE' : 'en-GB',
        acceptDownloads: true,
      });
      await context.addInitScript((lng) => localStorage.setItem('nzr.language', lng), language);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}
