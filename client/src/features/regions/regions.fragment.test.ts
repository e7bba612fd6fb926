import { describe, expect, it } from 'vitest';
import type { RegionRowData } from './regions.fragment';
import { DEFAULT_SORT, formatSort, parseSort, sortRows } from './regions.fragment';

const row = (name: string, actorsPer10k: number | null): RegionRowData => ({
  region: { id: name, name },
  level: 'district',
  urban: false,
  actors: 1,
  institutions: 1,
  population: 1,
  actorsPer10k,
  ties: 0,
  internalTies: 0,
  crossSectorTies: 0,
  crossSectorShare: null,
  density: null,
  newTies: 0,
  newCrossSectorTies: 0,
});

describe('region table sorting', () => {
  it('parses and formats the URL sort, falling back to the default', () => {
    expect(parseSort('density:asc')).toEqual({ key: 'density', descending: false });
    expect(parseSort('bogus:desc')).toEqual(DEFAULT_SORT);
    expect(formatSort({ key: 'name', descending: true })).toBe('name:desc');
  });
  it('sorts numbers either way with missing values last', () => {
    const rows = [row('B', 2), row('A', null), row('C', 5)];
    const names = (sorted: RegionRowData[]) => sorted.map((r) => r.region.name);
    expect(names(sortRows(rows, { key: 'actorsPer10k', descending: true }, 'de'))).toEqual([
      'C',
      'B',
      'A',
    ]);
    expect(names(sortRows(rows, { key: 'actorsPer10k', descending: false }, 'de'))).toEqual([
      'B',
      'C',
      'A',
    ]);
    expect(
      names(
        sortRows([row('Ö', 1), row('O', 1), row('P', 1)], { key: 'name', descending: false }, 'de'),
      ),
    ).toEqual(['O', 'Ö', 'P']);
  });
});
