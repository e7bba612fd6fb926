/**
 * One GraphQL request per event-loop turn. With the embedded store a GraphQL request runs from its body to its
 * answer without waiting on I/O (a few ms of parsing, execution and JSON), and Node runs every socket that is
 * ready in one poll phase: with 50 clients sending at once, one turn served dozens of requests back to back and
 * /health (and every timer, every export chunk) waited behind all of them. Here the request's work is put in a
 * queue that is served one request per turn (setImmediate, re-armed from the turn itself, so the next one runs in
 * the next iteration of the loop, after that iteration's I/O). /health, which is answered before this, and the
 * other I/O wait for at most one request. Throughput is the same; the order of the queued requests is kept.
 */
import type { RequestHandler } from 'express';
import { ApiError } from '../api-errors.js';
import { sendApiError } from './errors.js';

/**
 * Requests that may wait at once (each holds its parsed body, at most 1 MB). Beyond it the answer is a busy
 * 503 at once: the server is then a turn per request behind this many requests.
 */
export const MAX_WAITING_REQUESTS = 256;

export class FairTurns {
  private readonly waiting: (() => void)[] = [];
  private armed = false;

  constructor(readonly maxWaiting: number = MAX_WAITING_REQUESTS) {}

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `work` in a later turn, after the work queued before it, one per turn; false when the queue is full. */
  enqueue(work: () => void): boolean {
    if (this.waiting.length >= this.maxWaiting) return false;
    this.waiting.push(work);
    this.arm();
    return true;
  }

  private arm(): void {
    if (this.armed || this.waiting.length === 0) return;
    this.armed = true;
    setImmediate(this.turn);
  }

  private readonly turn = (): void => {
    this.armed = false;
    const work = this.waiting.shift();
    // Armed before the work runs: an immediate queued from an immediate runs in the next turn, not this one.
    this.arm();
    work?.();
  };
}

/** Express middleware: the rest of the request's handling (Apollo) runs in its turn. */
export function oneRequestPerTurn(turns: FairTurns = new FairTurns()): RequestHandler {
  return (_req, res, next) => {
    if (turns.enqueue(() => next())) return;
    sendApiError(
      res,
      new ApiError('SERVER_BUSY', 'The server is busy; try again in a second.', {
        retryAfterSeconds: 1,
      }),
    );
  };
}
