/**
 * `npm run seed -- [--actors n] [--seed n] [--batch-size n] [--reset | --if-empty] [--dry-run]`:
 * generates the demo network and loads it through the store port configured like the server's.
 */
import { loadConfig } from './cli-config.js';
import { ArgsError, USAGE, parseSeedArgs } from './cli-args.js';
import type { SeedArgs } from './cli-args.js';
import { generate } from './generate/generate.js';
import { computeStats, densityByKind } from './generate/stats.js';
import type { GeneratedGraph } from './generate/types.js';
import { createDemoAccount, demoAccountLines } from './load/demo-account.js';
import { loadGraph } from './load/load.js';
import { progressFor } from './load/progress.js';
import { peakMemoryMb, summarizeCounts } from './report.js';

/** Raised between batches after Ctrl-C or SIGTERM; the store is closed (lock released) before exiting. */
class Interrupted extends Error {
  override readonly name = 'Interrupted';
}

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function printStats(graph: GeneratedGraph): void {
  const stats = computeStats(graph);
  const { urban, rural } = densityByKind(stats);
  log(`Knoten / nodes: ${summarizeCounts(stats.nodes)}`);
  log(`Beziehungen / relationships: ${summarizeCounts(stats.relationships)}`);
  log(
    `Akteur:innen je 10.000 Einw. / actors per 10,000 inhabitants: Städte / cities ${urban.toFixed(1)}, ` +
      `ländlich / rural ${rural.toFixed(1)}; Kooperationen im selben Sektor / same-sector cooperations ` +
      `${(stats.sameSectorShare * 100).toFixed(0)} %, lokal / local ${(stats.localShare * 100).toFixed(0)} %`,
  );
}

async function run(args: SeedArgs): Promise<number> {
  const config = loadConfig();
  const generateAndReport = (): GeneratedGraph => {
    const t0 = performance.now();
    const graph = generate({ actors: args.actors, seed: args.seed });
    log(
      `Erzeugt / generated: ${graph.nodes.length} Knoten / nodes, ${graph.relationships.length} Beziehungen / ` +
        `relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    return graph;
  };
  if (args.dryRun) {
    printStats(generateAndReport());
    return 0;
  }
  log(`Speicher / store: ${config.describe}`);
  const { openStore } = await import('@nzr/server/store');
  const store = await openStore(config.store);
  const controller = new AbortController();
  const onSignal = (): void => controller.abort(new Interrupted('abgebrochen / interrupted'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const existing = Object.values((await store.stats()).nodes).reduce((a, b) => a + b, 0);
    if (args.ifEmpty) {
      if (existing > 0) {
        log(
          `Datenbank enthält bereits ${existing} Knoten: keine Demodaten geladen. / Store already has ${existing} nodes: demo data not loaded.`,
        );
        return 0;
      }
      log(
        `Leere Datenbank: lade Demodaten (${args.actors} Akteur:innen, Seed ${args.seed}) … / ` +
          `Empty store: loading demo data (${args.actors} actors, seed ${args.seed}) …`,
      );
    }
    if (args.reset) {
      log('Speicher wird geleert / clearing the store …');
      await store.clear();
    }
    const graph = generateAndReport();
    const result = await loadGraph(store, graph, {
      batchSize: args.batchSize,
      progress: progressFor(process.stderr),
      signal: controller.signal,
      ...(args.logBatches
        ? { onBatchCommitted: (index: number, items: number) => log(`BATCH ${index} ${items}`) }
        : {}),
    });
    log(
      `Geladen / loaded: ${result.nodes} Knoten / nodes (${result.nodesCreated} neu / new, ${result.nodesUpdated} ` +
        `aktualisiert / updated), ${result.relationships} Beziehungen / relationships (${result.relationshipsCreated} ` +
        `neu / new, ${result.relationshipsUpdated} aktualisiert / updated) in ${result.batches} Batches`,
    );
    const stats = await store.stats();
    log(
      `Im Speicher / in the store: ${summarizeCounts(stats.nodes)}; ${summarizeCounts(stats.relationships)}`,
    );
    // First load of the demo data into an empty store: a coordinator to try editing with.
    if (existing === 0 || args.reset) {
      const demo = await createDemoAccount(store);
      if (demo) demoAccountLines(demo).forEach(log);
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  let args: SeedArgs;
  try {
    args = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    log(USAGE);
    return;
  }
  try {
    process.exitCode = await run(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Seed fehlgeschlagen / seed failed: ${message}\n`);
    if (error instanceof Interrupted) {
      log(
        'Erneut mit denselben Optionen starten, um fortzusetzen / run again with the same options to resume.',
      );
    }
    process.exitCode = error instanceof ArgsError ? 2 : error instanceof Interrupted ? 130 : 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Dauer / elapsed: ${seconds} s, Spitzenspeicher / peak memory (max RSS): ${peakMemoryMb()} MB`,
  );
}

await main();
