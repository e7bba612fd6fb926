/**
 * bestHits keeps only the best matches of one page in a bounded heap; it must return exactly the first
 * `wanted` passing matches of the full order (score descending, then id), with many equal scores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../port.js';
import { bestHits } from './best-hits.js';

const node = (id: string): GraphNode => ({
  id,
  label: 'Institution',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  properties: {},
});

describe('bestHits', () => {
  it('returns the first passing matches of the full order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(200), { maxLength: 60 }),
        fc.array(fc.constantFrom(0.5, 1, 1.25, 2, 7.75), { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 1, max: 5 }),
        (numbers, scoreList, wanted, every) => {
          const ids = numbers.map((n) => `ins-${n}`);
          const scores = numbers.map((_n, at) => scoreList[at] as number);
          // Documents are numbered in an order unrelated to the ids, as after removals and re-adds.
          const docs = numbers.map((_n, at) => numbers.length - 1 - at);
          const idOf = (doc: number): string => ids[doc] as string;
          const scoreOf = docs.map((doc) => scores[doc] as number);
          const passes = (id: string): boolean => Number(id.slice(4)) % every === 0;
          const expected = ids
            .map((id, at) => ({ id, score: scores[at] as number }))
            .filter((hit) => passes(hit.id))
            .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
            .slice(0, wanted);
          const actual = bestHits({ docs, scores: scoreOf, id: idOf }, wanted, (id) =>
            passes(id) ? node(id) : undefined,
          );
          expect(actual.map((hit) => ({ id: hit.node.id, score: hit.score }))).toEqual(expected);
        },
      ),
      { numRuns: 500, seed: 20_251_125 },
    );
  });
});
