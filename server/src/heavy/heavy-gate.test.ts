import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-errors.js';
import { HeavyGate } from './heavy-gate.js';

/** A job that runs until the test ends it. */
function job(): { run: () => Promise<string>; finish: () => void } {
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return { run: () => finished.then(() => 'done'), finish };
}

const codeOf = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'admitted',
    (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
  );

describe('HeavyGate', () => {
  it('runs `running` jobs, queues `queued` more in order, refuses the rest as SERVER_BUSY', async () => {
    const gate = new HeavyGate({ running: 1, queued: 1, perClient: 5 });
    const a = job();
    const b = job();
    const first = gate.run('x', a.run);
    const second = gate.run('y', b.run);
    expect(gate.load).toEqual({ running: 1, queued: 1 });
    const refused = gate.run('z', () => Promise.resolve('never'));
    await expect(codeOf(refused)).resolves.toBe('SERVER_BUSY');
    await refused.catch((error: ApiError) => {
      expect(error.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      // An expected answer: no stack trace captured (nor formatted when GraphQL reads it).
      expect(error.stack).not.toMatch(/\n\s+at /);
    });
    a.finish();
    await expect(first).resolves.toBe('done');
    expect(gate.load).toEqual({ running: 1, queued: 0 });
    b.finish();
    await expect(second).resolves.toBe('done');
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });

  it('admits at most perClient jobs of one client and frees the count when they end, also on failure', async () => {
    const gate = new HeavyGate({ running: 4, queued: 4, perClient: 1 });
    const failing = gate.run('x', () => Promise.reject(new Error('boom')));
    await expect(codeOf(gate.run('x', () => Promise.resolve(1)))).resolves.toBe(
      'TOO_MANY_HEAVY_REQUESTS',
    );
    await expect(codeOf(gate.run('y', () => Promise.resolve(1)))).resolves.toBe('admitted');
    await expect(failing).rejects.toThrow('boom');
    await expect(gate.run('x', () => Promise.resolve(2))).resolves.toBe(2);
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });
});
