/**
 * Regression tests for issue 14, item 4: anonymous exports froze the server (one GraphML export of 10k actors
 * held the event loop for 4.4 s; 20 at once took 1.85 GB and /health answered after 67 s). Now heavy requests
 * are admitted by a bounded gate, computed on worker threads and streamed. Asserted structurally, never by
 * time: heavy requests are held mid-way in the store (held-store.ts) to fill the slots and the queue.
 */
import 'reflect-metadata';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { holdCalls, until } from '../../test-support/proof/held-store.js';
import type { HeldStore } from '../../test-support/proof/held-store.js';
import { ApiClient } from '../../test-support/proof/api-client.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const BROKERS = `{ brokers(regionId: "reg-14", network: cooperation) { brokers { node { id } } } }`;

async function heldApi(
  method: 'search' | 'subgraph',
  heavy: { running: number; queued: number; perClient: number },
): Promise<{ api: TestApi; held: HeldStore }> {
  let held: HeldStore | undefined;
  const started = await startTestApi({
    heavy: { threads: 1, ...heavy },
    wrapStore: (store) => (held = holdCalls(store, method)).store,
  });
  api = started;
  if (!held) throw new Error('the store was not wrapped');
  return { api: started, held };
}

const exportOf = (url: string, format = 'graphml'): Promise<Response> =>
  fetch(`${url}/api/export?format=${format}`);

describe('heavy requests never stop the server', () => {
  it('renders exports and computes analyses on a worker thread, not the event loop', async () => {
    api = await startTestApi();
    const response = await exportOf(api.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<\/graphml>\n$/);
    const guest = new ApiClient(api.url);
    const answer = await guest.gql<{ brokers: { brokers: unknown[] } }>(BROKERS);
    expect(answer.errors).toBeUndefined();
    const threads = [...api.heavy.workerThreadIds];
    expect(threads.length).toBeGreaterThan(0);
    expect(threads).not.toContain(threadId);
  });

  it('answers /health and light queries while every heavy slot is taken and the queue is full', async () => {
    const { api, held } = await heldApi('search', { running: 1, queued: 1, perClient: 10 });
    const first = exportOf(api.url);
    await until(() => held.waiting() === 1);
    const second = exportOf(api.url, 'json');
    await until(() => api.heavy.gate.load.queued === 1);

    const refused = await exportOf(api.url, 'gexf');
    expect(refused.status).toBe(503);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'SERVER_BUSY',
      retryAfterSeconds: retryAfter,
    });
    const busyAnalysis = await new ApiClient(api.url).gql(BROKERS);
    expect(busyAnalysis.errors?.[0]?.extensions?.code).toBe('SERVER_BUSY');

    // Light requests are not heavy work: they are answered while the heavy ones wait.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const stats = await new ApiClient(api.url).gql<{ stats: { totalNodes: number } }>(
      '{ stats { totalNodes } }',
    );
    expect(stats.data?.stats.totalNodes).toBeGreaterThan(0);

    held.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a.status).toBe(200);
    expect(await a.text()).toMatch(/<\/graphml>\n$/);
    expect(b.status).toBe(200);
    expect(JSON.parse(await b.text())).toHaveProperty('relationships');
    expect(api.heavy.gate.load).toEqual({ running: 0, queued: 0 });
  });

  it('limits heavy requests per client: the next one gets TOO_MANY_HEAVY_REQUESTS, others go on', async () => {
    const { api, held } = await heldApi('subgraph', { running: 4, queued: 4, perClient: 1 });
    const guest = new ApiClient(api.url);
    const first = guest.gql(BROKERS);
    await until(() => held.waiting() === 1);

    const again = await guest.gql(BROKERS);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_HEAVY_REQUESTS' });
    expect(again.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const exportAgain = await exportOf(api.url);
    expect(exportAgain.status).toBe(429);
    expect(Number(exportAgain.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // A signed-in member is another client: admitted while the guest's request is held.
    const member = guest.as(await api.tokenFor('member'));
    const theirs = member.gql(BROKERS);
    await until(() => held.waiting() === 2);
    held.release();
    const [mine, other] = await Promise.all([first, theirs]);
    expect(mine.errors).toBeUndefined();
    expect(other.errors).toBeUndefined();
  });
});
