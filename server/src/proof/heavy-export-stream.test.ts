/**
 * Regression test for issue 14, item 4 (memory): an export used to be built as one document tree and one
 * string (20 GraphML exports of 10k actors at once: 1.85 GB). Now the worker renders it in chunks and may be
 * at most WINDOW chunks ahead of what the client has read, so a slow client costs a bounded buffer however
 * large the file is, and a client that goes away stops the work.
 */
import 'reflect-metadata';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { HeavyWork } from '../heavy/heavy-work.js';
import { WINDOW } from '../heavy/flow-control.js';
import { CHUNK_CHARS } from '../modules/import-export/export-formats/chunks.js';
import { toGraphml } from '../modules/import-export/export-formats/graphml.js';
import type { ExportGraph } from '../modules/import-export/export-formats/columns.js';

const heavy = new HeavyWork({ threads: 1 });
afterAll(() => heavy.close());

const STAMP = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

/** A chain of `size` institutions: a GraphML file of several MB. */
function bigGraph(size: number): ExportGraph {
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `ins-${i}`,
    label: 'Institution' as const,
    ...STAMP,
    properties: { name: `Verein für Nachhaltigkeit Nr. ${i} & Partner`, sector: 'civil_society' },
  }));
  const relationships = nodes.slice(1).map((node, i) => ({
    id: `coop-${i}`,
    type: 'COOPERATES_WITH' as const,
    ...STAMP,
    from: `ins-${i}`,
    to: node.id,
    properties: { kind: 'project' },
  }));
  return { nodes, relationships };
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
    const graph = bigGraph(30_000);
    const expected = toGraphml(graph);
    const client = slowClient();
    await heavy.exportTo(client.sink, graph, { format: 'graphml' });
    client.sink.end();
    await once(client.sink, 'finish');
    expect(client.received()).toBe(expected);
    const bound = (WINDOW + 1) * CHUNK_CHARS * 2;
    expect(expected.length).toBeGreaterThan(5 * bound);
    expect(client.maxBuffered()).toBeLessThanOrEqual(bound);
  });

  it('stop rendering when the client goes away', async () => {
    const graph = bigGraph(30_000);
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
    const { chunks } = await heavy.exportTo(sink, graph, { format: 'graphml' });
    expect(written).toBeGreaterThan(0);
    // The worker rendered at most one window past the hang-up, not the whole file.
    expect(total).toBeGreaterThan(4 * WINDOW);
    expect(chunks).toBeLessThanOrEqual(WINDOW + 1);
  });
});
