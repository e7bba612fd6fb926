import { gql } from '@apollo/client';

const FIGURES = `
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
`;

export const REGION_TABLE_ROW = gql`
  fragment RegionTable_row on RegionRow {
    region {
      id
      name
    }
    level
    urban
    ${FIGURES}
  }
`;

export const URBAN_RURAL_FIGURES = gql`
  fragment UrbanRural_figures on RegionFigures {
    ${FIGURES}
  }
`;

export interface RegionFigures {
  readonly actors: number;
  readonly institutions: number;
  readonly population: number | null;
  readonly actorsPer10k: number | null;
  readonly ties: number;
  readonly internalTies: number;
  readonly crossSectorTies: number;
  readonly crossSectorShare: number | null;
  readonly density: number | null;
  readonly newTies: number;
  readonly newCrossSectorTies: number;
}

export interface RegionRowData extends RegionFigures {
  readonly region: { readonly id: string; readonly name: string };
  readonly level: string;
  readonly urban: boolean;
}

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
