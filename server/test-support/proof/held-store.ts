/**
 * A REAL store whose calls of one method wait until the test releases them: holds heavy requests (exports,
 * analyses) mid-way, so a test can fill the heavy-work slots and queue deterministically, with no timing.
 * The held store offers no read replica (`replicate`), so heavy requests gather through its methods on the
 * main thread, as they do with Neo4j, and the hold applies to them.
 */
import type { GraphStore } from '../../src/store/port.js';
import { withFault } from '../api/fault.js';

export interface HeldStore {
  readonly store: GraphStore;
  /** Calls waiting now. */
  readonly waiting: () => number;
  /** Lets every waiting and later call through. */
  release(): void;
}

export function holdCalls(real: GraphStore, method: 'search' | 'subgraph'): HeldStore {
  let waiting = 0;
  let open: () => void = () => {};
  const released = new Promise<void>((resolve) => (open = resolve));
  const original = real[method].bind(real) as (...args: unknown[]) => Promise<unknown>;
  const held = async (...args: unknown[]): Promise<unknown> => {
    waiting++;
    await released;
    waiting--;
    return original(...args);
  };
  return {
    store: withFault(
      withFault(real, 'replicate', undefined),
      method,
      held as GraphStore[typeof method],
    ),
    waiting: () => waiting,
    release: () => open(),
  };
}

/** Polls `condition` every event loop turn until it holds (structural waiting: no time budget but the test's). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
