/**
 * Measurement helpers of the bench: percentiles (nearest rank), a timing loop with warm-up and a time budget,
 * and an RSS sampler for the peak memory of one measured block.
 */

export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  /** Sum of all samples (ms). */
  readonly total: number;
}

/** Nearest-rank percentile of ascending `sorted` values; NaN for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0] ?? Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
    total,
  };
}

export const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** Samples RSS every `everyMs` (between awaits of the measured code) and keeps the peak. */
export class RssSampler {
  private peak = process.memoryUsage.rss();
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 25) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  /** Stops sampling; the peak RSS seen, in MB. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return mb(this.peak);
  }
}

export interface MeasureOptions {
  readonly warmup: number;
  /** Timed iterations at most. */
  readonly iterations: number;
  /** Stop timing once this much time (ms) was spent, after at least `minIterations`. */
  readonly budgetMs: number;
  readonly minIterations?: number;
}

export interface Measured extends Summary {
  readonly peakRssMb: number;
  /** Completed operations per second of wall time (one client, in sequence). */
  readonly throughput: number;
}

/** Times `run(i)` sequentially: warm-up calls first (not timed), then up to `iterations` timed calls. */
export async function measure(
  run: (iteration: number) => Promise<unknown>,
  options: MeasureOptions,
): Promise<Measured> {
  for (let i = 0; i < options.warmup; i++) await run(i);
  const sampler = new RssSampler();
  const samples: number[] = [];
  const started = performance.now();
  const minimum = options.minIterations ?? 5;
  for (let i = 0; i < options.iterations; i++) {
    if (i >= minimum && performance.now() - started > options.budgetMs) break;
    const t0 = process.hrtime.bigint();
    await run(options.warmup + i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const wall = performance.now() - started;
  const summary = summarize(samples);
  return { ...summary, peakRssMb: sampler.stop(), throughput: (summary.n / wall) * 1000 };
}

/** Times one call (for expensive single computations); returns its result and the time in ms. */
export async function timeOnce<T>(
  run: () => T | Promise<T>,
): Promise<{ value: T; ms: number; peakRssMb: number }> {
  const sampler = new RssSampler(10);
  const t0 = process.hrtime.bigint();
  const value = await run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { value, ms, peakRssMb: sampler.stop() };
}
