/**
 * The real server in-process on a fresh embedded store seeded with the demo data (300 actors, seed 42), serving
 * client/dist, as the browser tests do. Used by the browser bench; run alone (`tsx --tsconfig server/tsconfig.json client/e2e/demo-server.ts`) it
 * prints its URL and serves until stopped (PORT picks the port, default a free one).
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@nzr/seed/generate';
import { loadGraph } from '@nzr/seed/load';
import { createServer } from '@nzr/server/app';
import { openStore } from '@nzr/server/store';

export interface DemoServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-bench-'));
  const store = await openStore({ kind: 'embedded', dataDir });
  await loadGraph(store, generate({ actors: 300, seed: 42 }));
  const server = await createServer({
    store,
    config: { host: '127.0.0.1', port, logLevel: 'silent' },
    clientDist: fileURLToPath(new URL('../dist', import.meta.url)),
  });
  return {
    url: server.url,
    async close() {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const server = await startDemoServer(Number(process.env.PORT ?? 0));
  console.log(server.url);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}
