/**
 * Admission of heavy requests (exports, analyses): at most `running` at a time, at most `queued` waiting
 * behind them, and per client (account, else address) at most `perClient` admitted at once. What does not
 * fit is refused at once with a clear answer instead of piling up in memory:
 *
 * - the queue is full: SERVER_BUSY (503) with `retryAfterSeconds` (an estimate from recent job durations);
 * - the client already has `perClient` heavy requests admitted: TOO_MANY_HEAVY_REQUESTS (429).
 *
 * A job that waits is started in arrival order as soon as a slot is free.
 */
import { ApiError } from '../api-errors.js';
import type { Viewer } from '../auth/viewer.js';

export interface HeavyLimits {
  /** Heavy jobs that run at once. */
  readonly running: number;
  /** Jobs that may wait for a slot; more are refused with SERVER_BUSY. */
  readonly queued: number;
  /** Jobs one client may have admitted (running or waiting); more are refused with TOO_MANY_HEAVY_REQUESTS. */
  readonly perClient: number;
}

interface Waiting {
  readonly start: () => void;
}

/** Bounds of the Retry-After estimate, in seconds. */
const RETRY_MIN_S = 1;
const RETRY_MAX_S = 60;

export class HeavyGate {
  private active = 0;
  private readonly waiting: Waiting[] = [];
  private readonly perClient = new Map<string, number>();
  /** Moving average of job durations (ms), for the Retry-After estimate. */
  private averageMs = 1000;

  constructor(readonly limits: HeavyLimits) {}

  /** Jobs running and waiting now. */
  get load(): { readonly running: number; readonly queued: number } {
    return { running: this.active, queued: this.waiting.length };
  }

  /** Seconds after which a refused client may try again: the queue ahead of it, drained at the current pace. */
  retryAfterSeconds(): number {
    const rounds = (this.waiting.length + 1) / this.limits.running;
    const seconds = Math.ceil((rounds * this.averageMs) / 1000);
    return Math.min(RETRY_MAX_S, Math.max(RETRY_MIN_S, seconds));
  }

  /** Runs `job` when admitted; throws SERVER_BUSY or TOO_MANY_HEAVY_REQUESTS at once when not. */
  async run<T>(client: string, job: () => Promise<T>): Promise<T> {
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.limits.perClient) {
      throw refusal('TOO_MANY_HEAVY_REQUESTS', {
        retryAfterSeconds: this.retryAfterSeconds(),
        limit: this.limits.perClient,
      });
    }
    if (this.active >= this.limits.running && this.waiting.length >= this.limits.queued) {
      throw refusal('SERVER_BUSY', { retryAfterSeconds: this.retryAfterSeconds() });
    }
    this.perClient.set(client, mine + 1);
    try {
      await this.slot();
      const started = Date.now();
      try {
        return await job();
      } finally {
        this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
        this.release();
      }
    } finally {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    }
  }

  private slot(): Promise<void> {
    if (this.active < this.limits.running) {
      this.active++;
      return Promise.resolve();
    }
    // The slot passes straight from a finishing job to the first waiting one (active stays the same).
    return new Promise((resolve) => this.waiting.push({ start: resolve }));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.active--;
  }
}

/** Who a heavy request counts against: the signed-in account, else the client address. */
export function heavyClient(viewer: Viewer, address: string): string {
  return viewer.accountId === null ? `address:${address}` : `account:${viewer.accountId}`;
}

/**
 * A refusal is an expected answer, not a fault: it carries no stack trace. Under the load proof the gate refused
 * some 150 requests a second, and capturing and formatting their stacks (GraphQL errors read `stack`) took 2-3 %
 * of the main thread's time.
 */
function refusal(
  code: 'SERVER_BUSY' | 'TOO_MANY_HEAVY_REQUESTS',
  details: Readonly<Record<string, unknown>>,
): ApiError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new ApiError(code, undefined, details);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
