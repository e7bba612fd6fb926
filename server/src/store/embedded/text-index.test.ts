/**
 * The text index must find exactly what minisearch finds, set up as the store used to set it up, through
 * adds, removals and re-adds (which change the order of the radix tree); and it must say which hits matched
 * every word in the name, which a second minisearch over the name alone answers independently.
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

/** The minisearch configuration and query options of the former TextIndex, over the given fields. */
function reference(fields: readonly (keyof Doc)[]): {
  add(doc: Doc): void;
  remove(doc: Doc): void;
  search(terms: string[]): [string, number][];
} {
  const index = new MiniSearch<Doc>({
    fields: [...fields],
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

const byId = (a: [string, boolean], b: [string, boolean]): number => (a[0] < b[0] ? -1 : 1);

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
  it('finds exactly what minisearch finds, and which hits have every word in the name', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        (steps, queries) => {
          const index = new TextIndex();
          const expected = reference(['name', 'description']);
          const inName = reference(['name']);
          const current = new Map<string, Doc>();
          for (const s of steps) {
            const id = `ins-${s.kind === 'put' ? s.doc.n : s.n}`;
            const before = current.get(id);
            if (before) {
              index.remove(node(before));
              expected.remove(before);
              inName.remove(before);
              current.delete(id);
            }
            if (s.kind === 'put') {
              const added = { id, name: s.doc.name, description: s.doc.description };
              index.add(node(added));
              expected.add(added);
              inName.add(added);
              current.set(id, added);
            }
            for (const words of queries) {
              const terms = searchTerms(words.join(' '));
              if (terms.length === 0) continue;
              const found = index.search(terms);
              const actual = found.docs.map((d, at): [string, boolean] => [
                found.id(d),
                found.allInName[at] as boolean,
              ]);
              const nameHits = new Set(inName.search(terms).map(([id]) => id));
              const wanted = expected
                .search(terms)
                .map(([id]): [string, boolean] => [id, nameHits.has(id)]);
              expect(actual.sort(byId)).toEqual(wanted.sort(byId));
              for (const d of found.docs) {
                expect(found.name(d)).toBe(current.get(found.id(d))?.name);
              }
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
