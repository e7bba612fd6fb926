import 'reflect-metadata';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { FairTurns } from './fair-turns.js';

/** Counts event-loop turns: one tick per check phase, re-armed from itself (so once per iteration). */
function turnCounter(): { readonly now: () => number; stop(): void } {
  let turn = 0;
  let timer = setImmediate(function tick() {
    turn += 1;
    timer = setImmediate(tick);
  });
  return { now: () => turn, stop: () => clearImmediate(timer) };
}

describe('FairTurns', () => {
  it('runs queued work one per turn, in order, with other callbacks in between', async () => {
    const turns = new FairTurns();
    const counter = turnCounter();
    const ran: [string, number][] = [];
    for (const name of ['a', 'b', 'c', 'd']) turns.enqueue(() => ran.push([name, counter.now()]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    counter.stop();
    expect(ran.map(([name]) => name)).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(ran.map(([, turn]) => turn)).size).toBe(4);
  });

  it('refuses work beyond its queue', () => {
    const turns = new FairTurns(2);
    expect([turns.enqueue(() => {}), turns.enqueue(() => {}), turns.enqueue(() => {})]).toEqual([
      true,
      true,
      false,
    ]);
    expect(turns.queued).toBe(2);
  });
});

describe('the server', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ accounts: false });
  });
  afterAll(() => api.close());

  /**
   * A connection the server has accepted and served once (kept alive): the server accepts one new connection
   * per turn, so requests on fresh connections would arrive one per turn whatever the server does with them.
   */
  const connect = (): Promise<net.Socket> =>
    new Promise((resolve, reject) => {
      const { port } = new URL(api.url);
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
        socket.once('data', () => resolve(socket));
      });
      socket.once('error', reject);
    });
  const answered = (socket: net.Socket): Promise<string> =>
    new Promise((resolve) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
    });

  it('serves GraphQL requests that arrive together one per turn, and /health in between', async () => {
    const sockets = await Promise.all(Array.from({ length: 20 }, connect));
    const healthSocket = await connect();
    const counter = turnCounter();
    const storeTurns: number[] = [];
    const stats = api.store.stats.bind(api.store);
    const spy = vi.spyOn(api.store, 'stats').mockImplementation(() => {
      storeTurns.push(counter.now());
      return stats();
    });
    const body = JSON.stringify({ query: '{ stats { totalNodes } }' });
    const post =
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
    const answers = sockets.map(answered);
    let healthTurn = -1;
    healthSocket.once('data', () => (healthTurn = counter.now()));
    const health = answered(healthSocket);
    // All written in one go, /health last: the server finds them all ready in the same poll phase.
    for (const socket of sockets) socket.write(post);
    healthSocket.write('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    const texts = await Promise.all(answers);
    expect(await health).toMatch(/^HTTP\/1.1 200[\s\S]*"status":"ok"/);
    counter.stop();
    spy.mockRestore();
    for (const text of texts) expect(text).toMatch(/^HTTP\/1.1 200[\s\S]*"totalNodes":\d+/);
    // Each request ran in a turn of its own (before: all 20 in the turn that read them)...
    expect(storeTurns).toHaveLength(20);
    expect(new Set(storeTurns).size).toBe(20);
    // ... and /health, sent last, was answered before most of them had run.
    expect(healthTurn).toBeLessThan(storeTurns[10] as number);
  });
});
