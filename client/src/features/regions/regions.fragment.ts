import { gql } from '@apollo/client';
import type { RegionTable_RowFragment, UrbanRural_FiguresFragment } from '../../generated/graphql';

export const URBAN_RURAL_FIGURES = gql`
  fragment UrbanRural_figures on RegionFigures {
    actors
    institutions
    population
    actorsPer10k
    ties
    internalTies
    crossSectorTies
    crossSectorShare
    density
    newTies
    newCrossSectorTies
  }
`;

/**
 * A row shows the same figures as the urban/rural summary; RegionRow and RegionFigures are separate types in the
 * schema, so the fields are listed in each fragment (code generation reads documents statically: no interpolation).
 */
export const REGION_TABLE_ROW = gql`
  fragment RegionTable_row on RegionRow {
    region {
      id
      name
    }
    level
    urban
    actors
    institutions
    population
    actorsPer10k
    ties
    internalTies
    crossSectorTies
    crossSectorShare
    density
    newTies
    newCrossSectorTies
  }
`;

export type RegionFigures = UrbanRural_FiguresFragment;
export type RegionRowData = RegionTable_RowFragment;

export const SORT_KEYS = [
  'name',
  'actors',
  'actorsPer10k',
  'crossSectorShare',
  'density',
  'newTies',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

export const DEFAULT_SORT: Sort = { key: 'actorsPer10k', descending: true };

export function parseSort(text: string | null): Sort {
  const [key, direction] = (text ?? '').split(':');
  const known = SORT_KEYS.find((k) => k === key);
  return known ? { key: known, descending: direction === 'desc' } : DEFAULT_SORT;
}

export const formatSort = (sort: Sort) => `${sort.key}:${sort.descending ? 'desc' : 'asc'}`;

/** Rows sorted by a column; missing values last in either direction, names by the reader's collation. */
export function sortRows<T extends RegionRowData>(
  rows: readonly T[],
  sort: Sort,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale);
  const sign = sort.descending ? -1 : 1;
  return rows.toSorted((a, b) => {
    if (sort.key === 'name') return sign * collator.compare(a.region.name, b.region.name);
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y) || collator.compare(a.region.name, b.region.name);
  });
}
