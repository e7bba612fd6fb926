/**
 * `npm run bench -- --loop-delay [--sizes=10000] [--cache=DIR]`: how long the server's event loop is held while
 * it serves ONE heavy request at a time (a whole-graph export in each format, then each state-wide analysis) on
 * a seeded store, with nothing else running. perf_hooks.monitorEventLoopDelay (1 ms resolution) is reset before
 * each request; its max is the longest synchronous stretch the request caused on the main thread (plus timer
 * slack, garbage collection, and the client's own reading: the client runs in the same process). Prints one
 * line per request; it reports and never fails on a time.
 */
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { embeddedDataset } from './datasets.js';
import { startServer } from './server.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const actors = Number(option('sizes') ?? 10_000);
const cacheDir = option('cache') ?? path.join(os.tmpdir(), 'nzr-bench');
const log = (line: string): void => void process.stdout.write(`${line}\n`);

const REQUESTS: readonly { name: string; path: string; body?: string }[] = [
  { name: 'export graphml, whole graph', path: '/api/export?format=graphml' },
  { name: 'export json, whole graph', path: '/api/export?format=json' },
  { name: 'export csv edges, whole graph', path: '/api/export?format=csv&part=edges' },
  ...[
    '{ brokers(regionId: "reg-14", network: cooperation, limit: 10) { brokers { node { id } } actors } }',
    '{ topicClusters(regionId: "reg-14", limit: 10) { clusters { id size } actors } }',
    '{ regionComparison { regions { region { id } actors } actors } }',
    '{ themeCooccurrence(regionId: "reg-14") { nodes { topicId } edges { weight } } }',
  ].map((query) => ({
    name: /\w+/.exec(query)?.[0] ?? query,
    path: '/graphql',
    body: JSON.stringify({ query }),
  })),
];

const dataset = await embeddedDataset(actors, 42, cacheDir, log);
const bench = await startServer(dataset.store);
try {
  log(`loop delay: ${actors} actors, load average ${os.loadavg().map((x) => x.toFixed(1))}`);
  for (let round = 0; round < 2; round++) {
    for (const request of REQUESTS) {
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      const started = performance.now();
      const response = await fetch(`${bench.client.baseUrl}${request.path}`, {
        method: request.body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        ...(request.body ? { body: request.body } : {}),
      });
      // Counted as it streams in, never concatenated: the client shares this process and its event loop.
      let bytes = 0;
      for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).byteLength;
      histogram.disable();
      const max = histogram.max / 1e6;
      const took = performance.now() - started;
      log(
        `${round === 0 ? 'cold' : 'warm'} ${request.name}: ${response.status}, ${(bytes / 1e6).toFixed(1)} MB in ` +
          `${Math.round(took)} ms; event loop held at most ${Math.round(max)} ms (p99 ${Math.round(histogram.percentile(99) / 1e6)} ms)`,
      );
    }
  }
} finally {
  await bench.server.close();
  await dataset.close();
}
