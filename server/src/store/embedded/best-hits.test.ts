/**
 * bestHits keeps only the best matches of one page in a bounded heap; it must return exactly the first
 * `wanted` passing matches of the full order (every word in the name first, then name, then id), with many
 * equal names and ranks and nodes without a name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../port.js';
import { NAME_HIT_SCORE, TEXT_HIT_SCORE } from '../shared/search-rank.js';
import { bestHits } from './best-hits.js';

const node = (id: string): GraphNode => ({
  id,
  label: 'Institution',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  properties: {},
});

/** Reference order written independently of best-hits.ts: a plain sort of all passing matches. */
function referenceOrder(
  a: { id: string; inName: boolean; name: string | undefined },
  b: { id: string; inName: boolean; name: string | undefined },
): number {
  if (a.inName !== b.inName) return a.inName ? -1 : 1;
  if (a.name !== b.name) {
    if (a.name === undefined) return 1;
    if (b.name === undefined) return -1;
    return a.name < b.name ? -1 : 1;
  }
  return a.id < b.id ? -1 : 1;
}

describe('bestHits', () => {
  it('returns the first passing matches of the full order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(200), { maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.array(fc.constantFrom(undefined, 'Zukunft', 'Ökohof', 'Energie', 'energie', 'Äpfel'), {
          minLength: 60,
          maxLength: 60,
        }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 1, max: 5 }),
        (numbers, inNameList, nameList, wanted, every) => {
          const ids = numbers.map((n) => `ins-${n}`);
          // Documents are numbered in an order unrelated to the ids, as after removals and re-adds.
          const docs = numbers.map((_n, at) => numbers.length - 1 - at);
          const passes = (id: string): boolean => Number(id.slice(4)) % every === 0;
          const expected = ids
            .map((id, doc) => ({ id, inName: inNameList[doc] as boolean, name: nameList[doc] }))
            .filter((hit) => passes(hit.id))
            .sort(referenceOrder)
            .slice(0, wanted)
            .map((hit) => ({ id: hit.id, score: hit.inName ? NAME_HIT_SCORE : TEXT_HIT_SCORE }));
          const matches = {
            docs,
            allInName: docs.map((doc) => inNameList[doc] as boolean),
            id: (doc: number) => ids[doc] as string,
            name: (doc: number) => nameList[doc],
          };
          const actual = bestHits(matches, wanted, (id) => (passes(id) ? node(id) : undefined));
          expect(actual.map((hit) => ({ id: hit.node.id, score: hit.score }))).toEqual(expected);
        },
      ),
      { numRuns: 500, seed: 20_251_125 },
    );
  });
});
