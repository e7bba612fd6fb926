/**
 * `npm run bench -- --load-proof [--sizes=10000] [--cache=DIR]`: the load proof of issue 14. The real server
 * in-process on a seeded store (10k actors by default; cached like the bench's datasets), 50 clients from 50
 * addresses for BENCH_LOAD_SECONDS (default 60) with a mix of reads, whole-graph exports in every format and
 * state-wide analyses (load-proof-plan.ts), /health asked every 100 ms throughout, RSS sampled every 100 ms.
 * Prints the figures as Markdown (for BENCHMARKS.md); it reports and never fails on a time.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { embeddedDataset } from './datasets.js';
import type { KindFigures, ProofOutcome } from './load-proof-child.js';
import { proofRequests } from './load-proof-plan.js';
import type { ProofPlan } from './load-proof-plan.js';
import { startServer } from './server.js';
import { RssSampler, mb, percentile } from './stats.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const actors = Number(option('sizes') ?? 10_000);
const cacheDir = option('cache') ?? path.join(os.tmpdir(), 'nzr-bench');
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const connections = 50;
const log = (line: string): void => void process.stdout.write(`${line}\n`);

const ms = (value: number): string => `${Math.round(value)} ms`;
const p = (samples: readonly number[], q: number): number =>
  samples.length === 0
    ? Number.NaN
    : percentile(
        [...samples].sort((a, b) => a - b),
        q,
      );

const dataset = await embeddedDataset(actors, 42, cacheDir, log);
const bench = await startServer(dataset.store, { trustProxy: 'loopback' });
try {
  const url = bench.client.baseUrl;
  const plan: ProofPlan = {
    url,
    connections,
    seconds,
    healthEveryMs: 100,
    requests: proofRequests(dataset),
  };
  const load = os.loadavg().map((x) => x.toFixed(1));
  log(
    `load proof: ${actors} actors, ${connections} clients, ${seconds} s, load average before ${load.join(' ')}`,
  );
  const rssBefore = mb(process.memoryUsage.rss());
  const sampler = new RssSampler(100);
  // How long the server's event loop was held (its longest synchronous stretches, plus GC and timer slack).
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const childFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-proof-child.ts');
  const run = (childPlan: ProofPlan): Promise<ProofOutcome> => {
    const child = fork(childFile);
    return new Promise<ProofOutcome>((resolve, reject) => {
      child.once('message', (message) => resolve(message as ProofOutcome));
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`load child exited with ${code ?? 'null'}`)));
      child.send(childPlan);
    });
  };
  // The clients in one child, the /health prober in another (its latencies are the server's, not a busy client's).
  const [clients, probe] = await Promise.all([
    run({ ...plan, healthEveryMs: 0 }),
    run({ ...plan, connections: 0 }),
  ]);
  const outcome: ProofOutcome = { ...clients, health: probe.health };
  const rssPeak = sampler.stop();
  loopDelay.disable();
  const row = (name: string, f: KindFigures): string =>
    `| ${name} | ${f.ok + f.busy + f.errors} | ${f.ok} | ${f.busy} | ${f.errors} | ${ms(p(f.latencies, 50))} | ${ms(p(f.latencies, 99))} | ${(f.bytes / 1024 / 1024).toFixed(0)} MB |`;
  const health = outcome.health.latencies;
  const errors = Object.values(outcome.kinds).reduce((sum, f) => sum + f.errors, 0);
  log(
    [
      '',
      `Load proof (\`npm run bench -- --load-proof\`, ${new Date().toISOString().slice(0, 10)}): ${actors} actors ` +
        `(${dataset.meta.nodes} nodes, ${dataset.meta.relationships} relationships), embedded store, server in-process, ` +
        `${connections} clients from ${connections} addresses for ${seconds} s, each sending the next request of a ` +
        `20-request mix as soon as the last was answered; ${os.cpus().length} cores, load average before ${load.join(' ')}, ` +
        `after ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}; Node ${process.version}.`,
      '',
      '| requests | sent | answered | busy (503/429) | errors | p50 | p99 | body |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('reads (search, node, neighbourhood)', outcome.kinds.read),
      row('exports (whole graph: GraphML, GEXF, JSON, CSV)', outcome.kinds.export),
      row('analyses (4 state-wide, 1 district)', outcome.kinds.analysis),
      '',
      `- errors: ${errors}${outcome.errorSamples.length ? ` (${outcome.errorSamples.join('; ')})` : ''}`,
      `- /health every 100 ms: ${health.length} probes, ${outcome.health.failures} failed, p50 ${ms(p(health, 50))}, ` +
        `p99 ${ms(p(health, 99))}, max ${ms(Math.max(...health))}`,
      `- event-loop delay of the server (perf_hooks, 10 ms resolution): p50 ${ms(loopDelay.percentile(50) / 1e6)}, ` +
        `p99 ${ms(loopDelay.percentile(99) / 1e6)}, max ${ms(loopDelay.max / 1e6)}`,
      `- RSS of the server process (with its worker threads): ${rssBefore} MB before, peak ${rssPeak} MB, ` +
        `${mb(process.memoryUsage.rss())} MB after`,
    ].join('\n'),
  );
} finally {
  await bench.server.close();
  await dataset.close();
}
