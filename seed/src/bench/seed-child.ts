/**
 * Child process of the bench: generates one dataset and loads it into an embedded store folder, then reports
 * seed time and its own peak memory (a fresh process, so the figure is the seed's alone) to the parent.
 * Usage (by datasets.ts only): fork(seed-child.ts, [storeDir, actors, seed]).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '@nzr/server/store';
import { generate } from '../generate/generate.js';
import { loadGraph } from '../load/load.js';
import { describeGraph } from './graph-meta.js';
import type { SeedFigures } from './datasets.js';

async function main(): Promise<void> {
  const [dir, actorsArg, seedArg] = process.argv.slice(2);
  if (!dir || !actorsArg || !seedArg) throw new Error('usage: seed-child <dir> <actors> <seed>');
  const started = performance.now();
  const graph = generate({ actors: Number(actorsArg), seed: Number(seedArg) });
  const generateMs = performance.now() - started;
  const store = await openStore({ kind: 'embedded', dataDir: path.join(dir, 'store') });
  try {
    await loadGraph(store, graph);
  } finally {
    await store.close();
  }
  const figures: SeedFigures = {
    generateMs,
    seedMs: performance.now() - started,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  const meta = describeGraph(graph);
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ meta, figures }));
  process.send?.(figures);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
