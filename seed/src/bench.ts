/**
 * `npm run bench`: time and peak memory of generating the demo network at several sizes (no store involved),
 * with the structural statistics the analytics rely on.
 */
import { generate } from './generate/generate.js';
import { computeStats, densityByKind } from './generate/stats.js';
import { peakMemoryMb } from './report.js';

const sizes = process.argv.slice(2).map(Number).filter(Number.isInteger);
for (const actors of sizes.length > 0 ? sizes : [300, 10_000, 100_000]) {
  const started = performance.now();
  const graph = generate({ actors, seed: 42 });
  const ms = performance.now() - started;
  const peak = peakMemoryMb();
  const stats = computeStats(graph);
  const { urban, rural } = densityByKind(stats);
  console.log(
    [
      `${actors} actors: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`,
      `(${stats.relationshipsPerActor.toFixed(2)} per actor) in ${(ms / 1000).toFixed(2)} s,`,
      `peak RSS ${peak} MB; density per 10k inhabitants urban ${urban.toFixed(1)} / rural`,
      `${rural.toFixed(1)}; same-sector ${(stats.sameSectorShare * 100).toFixed(1)} %,`,
      `local ${(stats.localShare * 100).toFixed(1)} %`,
    ].join(' '),
  );
}
