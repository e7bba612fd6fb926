import { chromium } from 'playwright-core';
const base = process.argv[2];
const routes = ['/', '/ueberblick', '/luecken?regionId=reg-14626', '/verbuendete', '/cluster', '/regionen', '/brueckenbauer', '/foerderprogramme', '/angebote', '/netzwerke'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const width of [1440, 390]) {
  const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
  for (const route of routes) {
    await page.goto(base + route, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    const name = `${width}-${route.replace(/[^a-z0-9]+/gi, '_') || 'root'}.png`;
    await page.screenshot({ path: `/tmp/shots/${name}` });
    const errors = await page.locator('[role=alert]').allTextContents().catch(() => []);
    console.log(width, route, errors.join(' | ').slice(0, 200));
  }
  await page.close();
}
await browser.close();
