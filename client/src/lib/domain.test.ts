import {
  COOPERATION_KINDS,
  FUNDER_LEVELS,
  IMPORT_KINDS,
  INSTITUTION_KINDS,
  KEY_THEMES,
  NODE_LABEL_NAMES,
  REASON_KINDS,
  REGION_LEVELS,
  RELATIONSHIP_TYPE_NAMES,
  RESOURCE_KINDS,
  ROLES,
  SECTORS,
  VISIBILITIES,
  enumValues,
} from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { NODE_LABEL_VALUES, RELATIONSHIP_TYPE_VALUES, firstThen } from './domain';

describe('the order in which the UI lists graph-schema values', () => {
  it('puts the named values first and keeps every other one', () => {
    expect(firstThen(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
    expect(firstThen(['a', 'b'], ['x', 'b'])).toEqual(['b', 'a']);
  });

  it('lists every label and relationship type once', () => {
    expect([...NODE_LABEL_VALUES].sort()).toEqual([...NODE_LABEL_NAMES].sort());
    expect([...RELATIONSHIP_TYPE_VALUES].sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('shows actors first and places last', () => {
    expect(NODE_LABEL_VALUES).toEqual([
      'Institution',
      'Person',
      'Network',
      'Project',
      'Resource',
      'Topic',
      'Region',
      'FundingProgramme',
    ]);
    expect(RELATIONSHIP_TYPE_VALUES.slice(-3)).toEqual(['LOCATED_IN', 'PART_OF', 'ELIGIBLE_IN']);
  });
});

/** Every graph-schema list of three or more values the client might be tempted to copy. */
const SHARED_LISTS: Record<string, readonly string[]> = {
  sectors: enumValues(SECTORS),
  'institution kinds': enumValues(INSTITUTION_KINDS),
  'resource kinds': enumValues(RESOURCE_KINDS),
  'region levels': enumValues(REGION_LEVELS),
  visibilities: enumValues(VISIBILITIES),
  'funder levels': enumValues(FUNDER_LEVELS),
  'cooperation kinds': enumValues(COOPERATION_KINDS),
  'key themes': enumValues(KEY_THEMES),
  roles: enumValues(ROLES),
  labels: NODE_LABEL_NAMES,
  'relationship types': RELATIONSHIP_TYPE_NAMES,
  'import kinds': IMPORT_KINDS,
  'reason kinds': REASON_KINDS,
};

/** String literals of each array literal without nested brackets, e.g. `['a', "b"]` → [a, b]. */
function arrayLiterals(source: string): string[][] {
  return [...source.matchAll(/\[([^[\]]*)\]/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((s) => s[1] ?? s[2] ?? ''),
  );
}

/** The graph-schema lists an array literal of `source` repeats in full. */
function copiedLists(source: string): string[] {
  return arrayLiterals(source).flatMap((strings) =>
    Object.entries(SHARED_LISTS)
      .filter(([, values]) => values.every((value) => strings.includes(value)))
      .map(([name]) => name),
  );
}

/** The client's hand-written sources (code generated from the GraphQL schema is not a copy by hand). */
const SOURCES = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../generated/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

describe('graph-schema lists are not copied into the client', () => {
  it('finds a copied list', () => {
    expect(
      copiedLists(
        `const S = ['civil_society', 'administration', 'business',\n 'education', 'religion', 'science'] as const;`,
      ),
    ).toEqual(['sectors']);
    expect(copiedLists(`const first = ['Institution', 'Person'];`)).toEqual([]);
  });

  it('reads the client’s sources', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
  });

  it('repeats none of them in full, so a value graph-schema adds reaches every list', () => {
    const copies = Object.entries(SOURCES).flatMap(([path, source]) =>
      copiedLists(source).map((list) => `${path}: ${list}`),
    );
    expect(copies).toEqual([]);
  });
});
