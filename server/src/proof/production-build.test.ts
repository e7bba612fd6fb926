/**
 * Production runs compiled code with plain node and production dependencies only (issue 14, item 9): the
 * bundles of the server, its admin CLI and the seed CLI import no development dependency, and the compiled
 * seed and server work: demo data loaded into an empty store, the API answering in production mode, the
 * built client served from this checkout's client/dist.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundle,
  bundleDir,
  importedPackages,
  productionDependencies,
  SERVER_ENTRIES,
} from '../../scripts/bundle.js';
import type { BundleTarget } from '../../scripts/bundle.js';
import { ApiClient } from '../../test-support/proof/api-client.js';
import { REPO_ROOT, SERVER_DIR, startServer } from '../../test-support/proof/server-process.js';
import type { ServerProcess } from '../../test-support/proof/server-process.js';

const FOLDER = 'bundle-proof';
const server: BundleTarget = {
  packageDir: SERVER_DIR,
  entries: SERVER_ENTRIES,
  folder: FOLDER,
};
const seed: BundleTarget = {
  packageDir: path.join(REPO_ROOT, 'seed'),
  entries: ['src/cli.ts'],
  folder: FOLDER,
};

/** `lodash/fp` → `lodash`, `@scope/name/x` → `@scope/name`. */
const packageName = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

const running: ServerProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((process) => process.kill('SIGKILL')));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  for (const target of [server, seed]) {
    await rm(bundleDir(target), { recursive: true, force: true });
  }
});

const runNode = (entry: string, args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [entry, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('the production build', () => {
  it('imports only production dependencies and node built-ins', async () => {
    for (const target of [server, seed]) {
      const allowed = new Set(productionDependencies(target.packageDir));
      const imported = importedPackages(await bundle(target));
      const foreign = imported.filter(
        (specifier) => !isBuiltin(specifier) && !allowed.has(packageName(specifier)),
      );
      expect(foreign, target.packageDir).toEqual([]);
      // npm packages stay imports, not inlined: the server's GraphQL server, the seed's generator.
      expect(imported.map(packageName)).toContain(
        target === server ? '@apollo/server' : '@faker-js/faker',
      );
    }
  }, 120_000);

  it('seeds an empty store and serves the API and the client with plain node', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-proof-build-'));
    dirs.push(dataDir);
    const seeded = runNode(
      path.join(bundleDir(seed), 'cli.js'),
      ['--if-empty', '--actors', '300'],
      {
        DATA_DIR: dataDir,
      },
    );
    expect(seeded.status, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Geladen \/ loaded: \d+ Knoten/);

    const started = startServer(
      { DATA_DIR: dataDir, NODE_ENV: undefined },
      60_000,
      path.join(bundleDir(server), 'start.js'),
    );
    running.push(started);
    const api = new ApiClient(await started.ready);
    expect(started.output()).toMatch(/NODE_ENV: production\)/);
    const found = await api.gql<{ search: { edges: { node: { name: string } }[] } }>(
      '{ search(text: "Leipzig", first: 3) { edges { node { name } } } }',
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.search.edges).toHaveLength(3);
    // Exports and analyses run on the compiled heavy-work thread (dist/bundle/heavy-worker.js).
    const exported = await api.raw('/api/export?format=graphml');
    expect(exported.status, exported.text.slice(0, 300)).toBe(200);
    expect(exported.text).toMatch(/<\/graphml>\n$/);
    const brokers = await api.gql<{ brokers: { actors: number } }>(
      '{ brokers(regionId: "reg-14", network: cooperation) { actors } }',
    );
    expect(brokers.errors).toBeUndefined();
    expect(brokers.data?.brokers.actors).toBeGreaterThan(0);

    // The client is looked up in this checkout's client/dist, as from the sources.
    const clientDist = path.join(REPO_ROOT, 'client', 'dist');
    const page = await fetch(`${await started.ready}/regionen`, {
      headers: { accept: 'text/html' },
    });
    if (page.status === 200) expect(await page.text()).toMatch(/<div id="root">/);
    else expect(started.output()).toContain(`client not built: ${clientDist} `);
    await started.kill('SIGTERM');

    const admin = runNode(path.join(bundleDir(server), 'admin.js'), ['list'], {
      DATA_DIR: dataDir,
    });
    expect(admin.status, admin.stderr).toBe(0);
  }, 180_000);
});
