/**
 * `npm run browser-bench -w @nzr/client [-- --url http://host:port] [--runs 5] [--json]`: the explorer in real
 * chromium (Debian's /usr/bin/chromium, headless). Builds nothing: needs client/dist (npm run build -w
 * @nzr/client). Without --url it starts the real server on a fresh store seeded with the demo data
 * (e2e/demo-server.ts, as the browser tests do). Measures
 *  1. time to first map render of the demo data: navigation start → first drawn cytoscape frame
 *     (`nzr:first-render` mark), with the layout time (`nzr:layout` measure); goal < 2 s;
 *  2. frame rate while panning a synthetic 10k-node / 30k-edge view with WebGL (/bench page); goal ≥ 30 fps.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

const CLIENT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? 5);
const PAN_MS = 4000;

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  // node itself (not npx) runs the server, so that killing the child stops it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'e2e/demo-server.ts'], {
    cwd: CLIENT,
    env: { ...process.env, TSX_TSCONFIG_PATH: '../server/tsconfig.json' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const url = /https?:\/\/\S+/.exec(chunk.toString())?.[0];
      if (url) resolve({ url, child });
    });
  });
}

const median = (values: readonly number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function firstMap(browser: Browser, url: string) {
  const render: number[] = [];
  const layout: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName('nzr:first-render').length > 0,
      null,
      {
        timeout: 30_000,
      },
    );
    const times = await page.evaluate(() => ({
      render: performance.getEntriesByName('nzr:first-render')[0]?.startTime ?? Number.NaN,
      layout:
        performance
          .getEntriesByName('nzr:layout')
          .find((entry) => (entry as PerformanceMeasure).detail?.elements > 0)?.duration ??
        Number.NaN,
    }));
    render.push(times.render);
    layout.push(times.layout);
    await context.close();
  }
  return { firstRenderMs: median(render), layoutMs: median(layout), runs: render };
}

async function panning(browser: Browser, url: string, nodes: number, edges: number, webgl = true) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  // tsx (esbuild keepNames) wraps named functions in __name(), which the page does not have.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(`${url}/bench?nodes=${nodes}&edges=${edges}${webgl ? '' : '&webgl=0'}`);
  await page.waitForFunction(() => window.nzrBench !== undefined, null, { timeout: 60_000 });
  const result = await page.evaluate(async (duration) => {
    const bench = window.nzrBench;
    if (!bench) throw new Error('no bench view');
    const { cy } = bench;
    let renders = 0;
    cy.on('render', () => {
      renders += 1;
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    let frames = 0;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        frames += 1;
        const phase = (now - start) / 1000;
        cy.panBy({ x: 12 * Math.cos(phase * 2), y: 12 * Math.sin(phase * 2) });
        if (now - start < duration) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const seconds = (performance.now() - start) / 1000;
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return {
      nodes: bench.nodes,
      edges: bench.edges,
      // Animation frames in which the view moved: the renderer draws once per such frame (the WebGL renderer
      // does not emit `render` events, so those are reported separately).
      fps: frames / seconds,
      renderEvents: renders,
      renderer: info && gl ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown',
    };
  }, PAN_MS);
  await context.close();
  return result;
}

async function main(): Promise<void> {
  if (!existsSync(`${CLIENT}/dist/index.html`))
    throw new Error('client/dist is missing: npm run build -w @nzr/client');
  const server = arg('url') ? undefined : await startServer();
  const url = arg('url') ?? server?.url ?? '';
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Software WebGL (SwiftShader) where there is no GPU; CHROMIUM_ARGS replaces the flags (e.g. on a GPU host).
    args: (
      process.env.CHROMIUM_ARGS ??
      '--no-sandbox --ignore-gpu-blocklist --enable-unsafe-swiftshader --use-angle=swiftshader'
    ).split(' '),
  });
  try {
    const map = await firstMap(browser, url);
    const pan = await panning(
      browser,
      url,
      Number(arg('nodes') ?? 10_000),
      Number(arg('edges') ?? 30_000),
      arg('webgl') !== '0',
    );
    const report = {
      url,
      firstMap: { ...map, goalMs: 2000, ok: map.firstRenderMs < 2000 },
      pan: { ...pan, goalFps: 30, ok: pan.fps >= 30 },
    };
    if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
    else {
      const ms = (value: number) => `${value.toFixed(0)} ms`;
      console.log(
        `first map render (demo data, median of ${RUNS}): ${ms(map.firstRenderMs)} (layout ${ms(map.layoutMs)}) – goal < 2 s: ${report.firstMap.ok ? 'ok' : 'MISSED'}`,
      );
      console.log(
        `panning ${pan.nodes} nodes / ${pan.edges} edges (WebGL, ${pan.renderer}): ${pan.fps.toFixed(1)} fps (${pan.renderEvents} render events) – goal ≥ 30 fps: ${report.pan.ok ? 'ok' : 'MISSED'}`,
      );
    }
  } finally {
    await browser.close();
    server?.child.kill('SIGTERM');
  }
}

await main();
