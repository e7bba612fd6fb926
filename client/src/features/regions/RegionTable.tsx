import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { RegionRowData, Sort, SortKey } from './regions.fragment';
import { sortRows } from './regions.fragment';

export interface RegionTableProps {
  readonly rows: readonly RegionRowData[];
  readonly sort: Sort;
  readonly showChange: boolean;
  readonly onSort: (sort: Sort) => void;
  /** Link to the region's map, built by the route. */
  readonly mapHref: (regionId: string) => string;
  readonly onOpen: (href: string) => void;
}

/** Regions compared in a sortable table; a region's name opens its map. */
export function RegionTable({ rows, sort, showChange, onSort, mapHref, onOpen }: RegionTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: readonly SortKey[] = [
    'actors',
    'actorsPer10k',
    'crossSectorShare',
    'density',
    ...(showChange ? (['newTies'] as const) : []),
  ];
  const value = (row: RegionRowData, key: SortKey) =>
    key === 'crossSectorShare'
      ? format.percent(row.crossSectorShare)
      : key === 'density'
        ? format.percent(row.density, 1)
        : key === 'name'
          ? row.region.name
          : format.number(row[key], 1);
  const header = (key: SortKey) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        className={key === 'name' ? undefined : 'numeric'}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort({ key, descending: active ? !sort.descending : key !== 'name' })}
        >
          {t(`regions.column.${key}`)} {active ? (sort.descending ? '▼' : '▲') : ''}
        </button>
      </th>
    );
  };
  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(href);
  };
  return (
    <div className="table-scroll region-table">
      <table>
        <caption className="visually-hidden">{t('regions.caption')}</caption>
        <thead>
          <tr>
            {header('name')}
            <th scope="col">{t('regions.column.kind')}</th>
            {columns.map(header)}
          </tr>
        </thead>
        <tbody>
          {sortRows(rows, sort, format.locale).map((row) => (
            <tr key={row.region.id}>
              <th scope="row">
                <a
                  href={mapHref(row.region.id)}
                  onClick={(event) => follow(event, mapHref(row.region.id))}
                >
                  {row.region.name}
                </a>
              </th>
              <td>{t(row.urban ? 'regions.urban' : 'regions.rural')}</td>
              {columns.map((key) => (
                <td key={key} className="numeric">
                  {value(row, key)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
