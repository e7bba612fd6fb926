/**
 * Property test: random writes against the embedded store, checked after every step against naive reference
 * implementations of text search and radius (a full scan with the shared text and geo functions), and after
 * a crash image and reopen against the state before.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphNode, GraphStore, UpsertBatch } from '../port.js';
import { distanceKm } from '../shared/geo.js';
import { searchTerms } from '../shared/text.js';
import { openEmbeddedStore } from './embedded-store.js';
import {
  crashImage,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

const WORDS = [
  'Görlitz',
  'Straße',
  'Weißwasser',
  'Energie',
  'energiewende',
  'Bürger',
  'Zukunft',
  'Zittau',
];
const word = fc.constantFrom(...WORDS);
const node = fc.record({
  n: fc.integer({ min: 0, max: 30 }),
  name: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  description: fc.option(
    fc.array(word, { maxLength: 4 }).map((w) => w.join(', ')),
    { nil: undefined },
  ),
  location: fc.option(
    fc.record({
      latitude: fc.double({ min: 50.9, max: 51.3, noNaN: true }),
      longitude: fc.double({ min: 14.5, max: 15.1, noNaN: true }),
    }),
    { nil: undefined },
  ),
});
const step = fc.oneof(
  fc.record({ kind: fc.constant('upsert' as const), nodes: fc.array(node, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), n: fc.integer({ min: 0, max: 30 }) }),
);
const query = fc.array(fc.constantFrom(...WORDS, 'gor', 'stras', 'ener', 'zu', 'and'), {
  maxLength: 3,
});

function referenceSearch(nodes: readonly GraphNode[], text: string): string[] {
  const terms = searchTerms(text);
  return nodes
    .filter((n) => {
      const have = searchTerms(
        `${String(n.properties.name)} ${String(n.properties.description ?? '')}`,
      );
      return terms.every((term, i) =>
        i === terms.length - 1 ? have.some((h) => h.startsWith(term)) : have.includes(term),
      );
    })
    .map((n) => n.id)
    .sort();
}

async function everything(store: GraphStore): Promise<GraphNode[]> {
  const page = await store.search({ text: '', first: 100 });
  return page.hits.map((hit) => hit.node);
}

describe('embedded store against a naive model', () => {
  it('finds what a full scan finds, and reopens to the same state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 8 }),
        query,
        async (steps, words) => {
          const dataDir = tempDir();
          const store = await openEmbeddedStore({ dataDir, snapshotThresholdBytes: 8192 });
          try {
            for (const s of steps) {
              if (s.kind === 'upsert') {
                const unique = new Map(s.nodes.map((n) => [n.n, n]));
                const batch: UpsertBatch = {
                  nodes: [...unique.values()].map((n) => ({
                    label: 'Institution',
                    id: `ins-${n.n}`,
                    properties: {
                      name: n.name,
                      kind: 'association',
                      sector: 'civil_society',
                      ...(n.description ? { description: n.description } : {}),
                      ...(n.location ? { location: n.location } : {}),
                    },
                  })),
                  relationships: [],
                };
                await store.upsert(batch);
              } else if ((await store.getNodes([`ins-${s.n}`])).length > 0) {
                await store.applyChanges([{ op: 'deleteNode', id: `ins-${s.n}` }]);
              }
              const nodes = await everything(store);
              const text = words.join(' ');
              const found = await store.search({ text, first: 100 });
              expect(found.hits.map((hit) => hit.node.id).sort()).toEqual(
                referenceSearch(nodes, text),
              );
              const center = { latitude: 51.1, longitude: 14.8 };
              const near = await store.withinRadius({ center, radiusKm: 12, limit: 100 });
              const expected = nodes
                .flatMap((n) => {
                  const at = n.properties.location;
                  return at &&
                    typeof at === 'object' &&
                    !Array.isArray(at) &&
                    distanceKm(center, at) <= 12
                    ? [n.id]
                    : [];
                })
                .sort();
              expect(near.map((hit) => hit.node.id).sort()).toEqual(expected);
            }
            const before = await everything(store);
            const reopened = await openEmbeddedStore({
              dataDir: crashImage(dataDir),
              logger: { warn: () => {} },
            });
            expect(await everything(reopened)).toEqual(before);
            await reopened.close();
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 25, seed: 20_241_125 },
    );
  });
});
