/**
 * Regression test for issue 14, item 4 (memory): an export used to be built as one document tree and one
 * string (20 GraphML exports of 10k actors at once: 1.85 GB). Now the worker renders it in chunks and may be
 * at most WINDOW chunks ahead of what the client has read, so a slow client costs a bounded buffer however
 * large the file is, and a client that goes away stops the work.
 */
import 'reflect-metadata';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_VIEWER } from '../auth/viewer.js';
import { HeavyWork } from '../heavy/heavy-work.js';
import { WINDOW } from '../heavy/flow-control.js';
import { CHUNK_CHARS } from '../modules/import-export/export-formats/chunks.js';
import { toGraphml } from '../modules/import-export/export-formats/graphml.js';
import { ExportService } from '../modules/import-export/export.service.js';
import { openStore } from '../store/index.js';
import type { GraphStore } from '../store/port.js';

/** Just under the export limit (20,000 nodes): a GraphML file of several MB. */
const SIZE = 19_000;

const ALL = { query: { all: true as const }, viewer: ANONYMOUS_VIEWER };

let dataDir = '';
let store: GraphStore;
let heavy: HeavyWork;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-export-stream-'));
  store = await openStore({ kind: 'embedded', dataDir });
  const { nodes, relationships } = bigGraph(SIZE);
  await store.upsert({ nodes, relationships: [] });
  await store.upsert({ nodes: [], relationships });
  heavy = new HeavyWork(store, { threads: 1 });
});
afterAll(async () => {
  await heavy?.close();
  await store?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A chain of `size` institutions, all in the state (so the export gathers them in one subgraph). */
function bigGraph(size: number): Parameters<GraphStore['upsert']>[0] {
  const state = {
    id: 'reg-14',
    label: 'Region' as const,
    properties: { name: 'Sachsen', level: 'state', ags: '14' },
  };
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `ins-${i}`,
    label: 'Institution' as const,
    properties: {
      name: `Verein für Nachhaltigkeit Nr. ${i} & Partner`,
      kind: 'association',
      sector: 'civil_society',
    },
  }));
  const chain = nodes.slice(1).map((node, i) => ({
    id: `coop-${i}`,
    type: 'COOPERATES_WITH' as const,
    from: `ins-${i}`,
    to: node.id,
    properties: { kind: 'project', from: '2024-01-01' },
  }));
  const placed = nodes.map((node, i) => ({
    id: `loc-${i}`,
    type: 'LOCATED_IN' as const,
    from: node.id,
    to: state.id,
    properties: {},
  }));
  return { nodes: [state, ...nodes], relationships: [...chain, ...placed] };
}

/** A client that reads one chunk per event loop turn, and records how much ever waited unread. */
function slowClient(): { sink: Writable; received: () => string; maxBuffered: () => number } {
  const parts: string[] = [];
  let maxBuffered = 0;
  const sink = new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      parts.push(chunk);
      maxBuffered = Math.max(maxBuffered, sink.writableLength);
      setImmediate(done);
    },
  });
  return { sink, received: () => parts.join(''), maxBuffered: () => maxBuffered };
}

describe('streamed exports', () => {
  it('are never more than WINDOW chunks ahead of a slow client, and complete byte for byte', async () => {
    const expected = toGraphml(await new ExportService(store, ANONYMOUS_VIEWER).graph(ALL.query));
    const client = slowClient();
    await heavy.exportTo(client.sink, ALL, { format: 'graphml' }, () => {});
    client.sink.end();
    await once(client.sink, 'finish');
    expect(client.received()).toBe(expected);
    const bound = (WINDOW + 1) * CHUNK_CHARS * 2;
    expect(expected.length).toBeGreaterThan(5 * bound);
    expect(client.maxBuffered()).toBeLessThanOrEqual(bound);
  });

  it('stop rendering when the client goes away', async () => {
    const graph = await new ExportService(store, ANONYMOUS_VIEWER).graph(ALL.query);
    const total = Math.ceil(toGraphml(graph).length / CHUNK_CHARS);
    let written = 0;
    const sink = new Writable({
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        written += chunk.length;
        // The client hangs up after its first chunk.
        if (written > 0) sink.destroy();
        done();
      },
    });
    const { chunks } = await heavy.exportTo(sink, ALL, { format: 'graphml' }, () => {});
    expect(written).toBeGreaterThan(0);
    // The worker rendered at most one window past the hang-up, not the whole file.
    expect(total).toBeGreaterThan(4 * WINDOW);
    expect(chunks).toBeLessThanOrEqual(WINDOW + 1);
  });
});
