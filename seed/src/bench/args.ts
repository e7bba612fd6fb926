/** Command line of `npm run bench -- [--quick] [--reseed] [--sizes=1000,10000] [--out=FILE]` and its settings. */
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './environment.js';
import type { MeasureOptions } from './stats.js';

export interface BenchSettings {
  /** The effective options, as they would be typed after `npm run bench --`. */
  readonly args: readonly string[];
  readonly quick: boolean;
  /** Seed every size again instead of reusing the cache (fresh seed figures). */
  readonly reseed: boolean;
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly cacheDir: string;
  readonly out: string;
  readonly reads: MeasureOptions;
  readonly httpAnalytics: MeasureOptions;
  readonly compute: MeasureOptions;
  readonly qualityActors: number;
  readonly importRows: number;
  readonly loadSeconds: number;
  readonly connections: number;
}

export function parseBenchArgs(args: readonly string[], env: NodeJS.ProcessEnv): BenchSettings {
  // Without `--`, npm takes the options as its own config and passes them as npm_config_* variables.
  const quick = args.includes('--quick') || env.npm_config_quick === 'true';
  const value = (name: string): string | undefined =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ??
    env[`npm_config_${name}`];
  const sizes = (value('sizes') ?? '')
    .split(',')
    .filter((part) => part !== '')
    .map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 300 || n > 100_000))
    throw new Error('--sizes takes actor counts from 300 to 100000, e.g. --sizes=1000,10000');
  const chosen = sizes.length > 0 ? sizes : quick ? [1000] : [1000, 10_000, 100_000];
  const loadSeconds = Number(env.BENCH_LOAD_SECONDS ?? (quick ? 5 : 60));
  if (!Number.isFinite(loadSeconds) || loadSeconds <= 0)
    throw new Error(
      `BENCH_LOAD_SECONDS must be a positive number, got "${env.BENCH_LOAD_SECONDS ?? ''}"`,
    );
  const outArg = value('out');
  const cacheDir = path.join(os.tmpdir(), 'nzr-bench');
  const reseed = args.includes('--reseed') || env.npm_config_reseed === 'true';
  const effective = [
    ...(quick ? ['--quick'] : []),
    ...(reseed ? ['--reseed'] : []),
    ...(sizes.length > 0 ? [`--sizes=${sizes.join(',')}`] : []),
    ...(outArg ? [`--out=${outArg}`] : []),
  ];
  return {
    args: effective,
    quick,
    reseed,
    sizes: [...chosen].sort((a, b) => a - b),
    seed: 42,
    cacheDir,
    out: outArg
      ? path.resolve(env.INIT_CWD ?? process.cwd(), outArg)
      : quick
        ? path.join(cacheDir, 'BENCHMARKS.quick.md')
        : path.join(repoRoot, 'BENCHMARKS.md'),
    reads: quick
      ? { warmup: 5, iterations: 50, budgetMs: 5000 }
      : { warmup: 20, iterations: 200, budgetMs: 15_000 },
    httpAnalytics: quick
      ? { warmup: 1, iterations: 5, budgetMs: 5000, minIterations: 2 }
      : { warmup: 2, iterations: 30, budgetMs: 12_000, minIterations: 3 },
    compute: quick
      ? { warmup: 1, iterations: 5, budgetMs: 5000, minIterations: 2 }
      : { warmup: 1, iterations: 20, budgetMs: 10_000, minIterations: 3 },
    qualityActors: chosen.includes(10_000) ? 10_000 : Math.min(...chosen),
    importRows: quick ? 1000 : 10_000,
    loadSeconds,
    connections: 50,
  };
}
