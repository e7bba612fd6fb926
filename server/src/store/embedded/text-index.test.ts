/**
 * The text index must find and score exactly what minisearch found and scored when the store searched through
 * it (text-scoring.ts): same hits, bit-identical scores, through adds, removals and re-adds (which change
 * the average field lengths and the order of the radix tree). minisearch, set up as the store used to set it
 * up, is the reference.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../port.js';
import { searchTerms } from '../shared/text.js';
import { TextIndex } from './text-index.js';

interface Doc {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** The minisearch configuration and query options of the former TextIndex. */
function reference(): {
  add(doc: Doc): void;
  remove(doc: Doc): void;
  search(terms: string[]): [string, number][];
} {
  const index = new MiniSearch<Doc>({
    fields: ['name', 'description'],
    idField: 'id',
    tokenize: (text) => searchTerms(text),
    processTerm: (term) => term,
  });
  return {
    add: (doc) => index.add(doc),
    remove: (doc) => index.remove(doc),
    search: (terms) => {
      const last = terms.length - 1;
      return index
        .search(terms.join(' '), {
          combineWith: 'AND',
          fuzzy: false,
          prefix: (_term, at) => at === last,
          tokenize: (text) => text.split(' '),
          processTerm: (term) => term,
        })
        .map((hit): [string, number] => [String(hit.id), hit.score]);
    },
  };
}

const node = (doc: Doc): GraphNode => ({
  id: doc.id,
  label: 'Institution',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  properties: { name: doc.name, ...(doc.description ? { description: doc.description } : {}) },
});

const byId = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : 1);

const WORDS = [
  'Energie',
  'energiewende',
  'Energien',
  'Görlitz',
  'Gorlitzer',
  'Zukunft',
  'zu',
  'Zittau',
  'Straße',
  'strasse',
  'Schule',
  'Schulen',
  'und',
  'the',
  'Bürger',
  'Burg',
  'E',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => words.join(' '));
const doc = fc.record({ n: fc.integer({ min: 0, max: 14 }), name: text, description: text });
const step = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), doc }),
  fc.record({ kind: fc.constant('delete' as const), n: fc.integer({ min: 0, max: 14 }) }),
);
const PREFIXES = ['e', 'ener', 'energie', 'gor', 'zu', 'z', 'schul', 'stras', 'burg', 'b', 'x'];
const query = fc.array(fc.constantFrom(...WORDS.map((w) => w.toLowerCase()), ...PREFIXES), {
  minLength: 1,
  maxLength: 3,
});

describe('text index', () => {
  it('finds and scores exactly like minisearch through adds and removals', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        (steps, queries) => {
          const index = new TextIndex();
          const expected = reference();
          const current = new Map<string, Doc>();
          for (const s of steps) {
            const id = `ins-${s.kind === 'put' ? s.doc.n : s.n}`;
            const before = current.get(id);
            if (before) {
              index.remove(node(before));
              expected.remove(before);
              current.delete(id);
            }
            if (s.kind === 'put') {
              const added = { id, name: s.doc.name, description: s.doc.description };
              index.add(node(added));
              expected.add(added);
              current.set(id, added);
            }
            for (const words of queries) {
              const terms = searchTerms(words.join(' '));
              if (terms.length === 0) continue;
              const found = index.search(terms);
              const actual = found.docs.map((d, at): [string, number] => [
                found.id(d),
                found.scores[at] as number,
              ]);
              expect(actual.sort(byId)).toEqual(expected.search(terms).sort(byId));
            }
          }
        },
      ),
      { numRuns: 150, seed: 20_251_125 },
    );
  });

  it('forgets everything on clear', () => {
    const index = new TextIndex();
    index.add(node({ id: 'ins-1', name: 'Energie Görlitz', description: '' }));
    index.clear();
    expect(index.search(['energie']).docs).toEqual([]);
    index.add(node({ id: 'ins-1', name: 'Energie', description: '' }));
    expect(index.search(['ener']).docs).toHaveLength(1);
  });
});
