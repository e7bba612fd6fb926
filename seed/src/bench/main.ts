/**
 * The bench itself (started by ../bench.ts): seeds (or reuses) graphs of 1k, 10k and 100k actors,
 * runs the key operations over HTTP against the real GraphQL server in-process, times the pure analytics,
 * measures link-suggestion quality, a 10k-row CSV import and a bounded load test, and writes BENCHMARKS.md.
 * Everything but the pure analytics and the quality figures runs on both stores when Neo4j is there (neo4j.ts).
 * It reports; it never fails on a time. BENCH_LOAD_SECONDS sets the load-test duration (default 60, quick 5).
 */
import os from 'node:os';
import { runAnalytics } from './analytics.js';
import { parseBenchArgs } from './args.js';
import { embeddedDataset, neo4jDataset } from './datasets.js';
import type { Dataset } from './datasets.js';
import { environment } from './environment.js';
import { benchNeo4j } from './neo4j.js';
import { runClientBench } from './client.js';
import { runImport } from './import.js';
import { runProofAtScale } from './proof.js';
import { runLoad } from './load.js';
import { runOperations } from './operations.js';
import type {
  BenchResult,
  ImportFigures,
  LoadFigures,
  Row,
  SeedRow,
  StoreKind,
  SuggestionQualityRow,
} from './results.js';
import { SUGGESTION_QUALITY } from './suggestion-options.js';
import { suggestionQuality } from './suggestion-quality.js';
import { operationTable, renderReport, writeReport } from './report.js';
import { startServer } from './server.js';

const started = performance.now();
const settings = parseBenchArgs(process.argv.slice(2), process.env);
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string): void => {
  process.stdout.write(`[${elapsed()}] ${line}\n`);
};
const notes: string[] = [
  'The machine is shared and was loaded by other work during the run; treat the figures as indicative, compare runs on the same machine.',
];
const seeds: SeedRow[] = [];
const rows: Row[] = [];
let quality: SuggestionQualityRow[] | null = null;
const imports: ImportFigures[] = [];
const load: LoadFigures[] = [];
const neo4j = await benchNeo4j(log);
if (typeof neo4j === 'string') notes.push(neo4j);
const env = environment(typeof neo4j === 'string' ? null : neo4j.description, settings.args);

/** Runs one section; a failure becomes a note instead of ending the bench. */
async function section<T>(name: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    notes.push(`${name}: failed (${message.split('\n')[0] ?? ''}).`);
    log(`${name} FAILED: ${error instanceof Error ? (error.stack ?? message) : message}`);
    if (error instanceof Error && error.cause) log(`  cause: ${String(error.cause)}`);
    return null;
  }
}

async function benchDataset(dataset: Dataset, largest: boolean): Promise<void> {
  const { meta } = dataset;
  seeds.push({
    store: dataset.kind,
    actors: dataset.actors,
    nodes: meta.nodes,
    relationships: meta.relationships,
    cooperations: meta.cooperations,
    ...dataset.seed,
    openMs: dataset.openMs,
    cached: dataset.cached,
  });
  log(
    `${dataset.kind} ${dataset.actors} actors: seed ${(dataset.seed.seedMs / 1000).toFixed(1)} s${dataset.cached ? ' (cached)' : ''}, peak ${dataset.seed.peakRssMb} MB, opened in ${(dataset.openMs / 1000).toFixed(1)} s`,
  );
  const bench = await startServer(dataset.store);
  try {
    if (!bench.token)
      notes.push(
        `${dataset.kind} ${dataset.actors}: not signed in (${bench.loginNote ?? '?'}); writes skipped.`,
      );
    const http = await section(`HTTP operations ${dataset.actors}`, () =>
      runOperations(
        dataset,
        bench,
        { reads: settings.reads, analytics: settings.httpAnalytics },
        notes,
      ),
    );
    const compute = await section(`analytics ${dataset.actors}`, () =>
      runAnalytics(dataset, settings.compute),
    );
    const added = [...(http ?? []), ...(compute ?? [])];
    rows.push(...added);
    process.stdout.write(`${operationTable(added).join('\n')}\n`);
    if (dataset.kind === 'embedded' && dataset.actors === settings.qualityActors) {
      log('link-suggestion quality per district ...');
      quality = await section('link-suggestion quality', () =>
        suggestionQuality(dataset, SUGGESTION_QUALITY, log),
      );
    }
    if (largest) {
      log(`load test: ${settings.connections} connections, ${settings.loadSeconds} s ...`);
      const figures = await section(`load test ${dataset.kind}`, () =>
        runLoad(dataset, bench, settings.loadSeconds, settings.connections),
      );
      if (figures) load.push(figures);
    }
  } finally {
    await bench.server.close();
  }
}

const kinds: readonly StoreKind[] =
  typeof neo4j === 'string' ? ['embedded'] : ['embedded', 'neo4j'];
for (const kind of kinds) {
  for (const actors of settings.sizes) {
    log(`— ${kind}, ${actors} actors —`);
    const dataset = await section(`${kind} dataset ${actors}`, () =>
      kind === 'embedded'
        ? embeddedDataset(actors, settings.seed, settings.cacheDir, log, settings.reseed)
        : neo4jDataset(actors, settings.seed),
    );
    if (!dataset) continue;
    try {
      await benchDataset(dataset, actors === settings.sizes.at(-1));
    } finally {
      await dataset.close();
    }
  }
}
for (const kind of kinds) {
  log(`CSV import of ${settings.importRows} rows (${kind}) ...`);
  const figures = await section(`CSV import ${kind}`, () =>
    runImport(kind, settings.importRows, notes),
  );
  if (figures) imports.push(figures);
}
if (typeof neo4j !== 'string') await neo4j.stop();
log('client: production build, initial JS size, first map render and panning in chromium ...');
const client = await section('client', () => runClientBench(settings.quick));
let proof: string[] | null = null;
if (settings.quick) notes.push('Proof tests at bench scale: skipped in quick mode.');
else {
  log('proof tests at bench scale (fuzzing ≥ 10,000 cases, 20 kills of the server) ...');
  proof = await section('proof', runProofAtScale);
}

notes.push(
  `Load average (1/5/15 min) at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} on ${os.cpus().length} CPUs.`,
  'HTTP reads are anonymous (public view): sample actors are institutions and public persons; the load test writes as the bench admin.',
);
const result: BenchResult = {
  env,
  quick: settings.quick,
  totalSeconds: (performance.now() - started) / 1000,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  seeds,
  rows,
  quality,
  imports,
  load,
  client: client?.lines ?? null,
  proof,
  notes,
};
writeReport(settings.out, result);
process.stdout.write(`\n${renderReport(result)}\n`);
log(`done in ${elapsed()}; report written to ${settings.out}`);
process.exit(0);
