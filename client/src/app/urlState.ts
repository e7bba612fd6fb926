/**
 * The shareable state of the explorer as URL search parameters, so that back/forward work and a permalink
 * reproduces the view. Pure encode/decode; defaults are left out of the URL and bad values are ignored.
 *
 * Format (all optional): focus=ins-1,ins-2 & expand=per-7 & depth=2 & layout=geo & sel=ins-9 &
 * region=reg-14626 & sector=business,education & topic=top-energy_climate & network=net-000008 &
 * kind=Institution,Person & rel=COOPERATES_WITH,KNOWS
 */
import type { NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';
import { NO_FILTERS } from '../features/filters/filters';
import type { MapFilters } from '../features/filters/filters';
import { DEFAULT_LAYOUT, DEPTHS, LAYOUT_NAMES } from '../features/network-map/layoutNames';
import type { Depth, LayoutName } from '../features/network-map/layoutNames';
import {
  ID_PATTERN,
  NODE_LABEL_VALUES,
  RELATIONSHIP_TYPE_VALUES,
  SECTOR_VALUES,
  isOneOf,
} from '../lib/domain';

export interface ExplorerState {
  /** Start nodes of the map; empty shows an overview of the filtered actors. */
  readonly focus: readonly string[];
  /** Nodes whose neighbourhood was added with "expand". */
  readonly expand: readonly string[];
  readonly depth: Depth;
  readonly layout: LayoutName;
  readonly selected: string | null;
  readonly filters: MapFilters;
  /** Analytics views: the asking actor (Verbündete), `actor=per-000001`. */
  readonly actor: string | null;
  /** Analytics views: a point to search around, `at=51.05,13.74` (latitude,longitude). */
  readonly point: GeoPoint | null;
  /** Analytics views: search radius in km, 1–100, `radius=25`. */
  readonly radiusKm: number | null;
  /** Analytics views: ISO date for "change since", `since=2025-01-01`. */
  readonly since: string | null;
  /** Analytics views: table sort, column and direction, `sort=actorsPer10k:desc`. */
  readonly sort: string | null;
}

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

export const INITIAL_STATE: ExplorerState = {
  focus: [],
  expand: [],
  depth: 1,
  layout: DEFAULT_LAYOUT,
  selected: null,
  filters: NO_FILTERS,
  actor: null,
  point: null,
  radiusKm: null,
  since: null,
  sort: null,
};

const MAX_IDS = 50;

function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  return value ? [...new Set(value.split(',').filter(Boolean))] : [];
}
const ids = (params: URLSearchParams, key: string) =>
  list(params, key)
    .filter((id) => ID_PATTERN.test(id))
    .slice(0, MAX_IDS);
const id = (params: URLSearchParams, key: string) => ids(params, key)[0] ?? null;
function enums<T extends string>(params: URLSearchParams, key: string, values: readonly T[]): T[] {
  return list(params, key).filter((value): value is T => isOneOf(values, value));
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const SORT_PATTERN = /^[A-Za-z0-9]{1,40}:(asc|desc)$/;

function point(value: string | null): GeoPoint | null {
  const [lat, lon, ...rest] = (value ?? '').split(',').map(Number);
  if (rest.length > 0 || lat === undefined || lon === undefined) return null;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180) || !value?.includes(',')) return null;
  return { latitude: lat, longitude: lon };
}

function radius(value: string | null): number | null {
  const km = Number(value);
  return value && Number.isInteger(km) && km >= 1 && km <= 100 ? km : null;
}

function date(value: string | null): string | null {
  return value && DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

export function decodeState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  const layout = params.get('layout') ?? '';
  return {
    focus: ids(params, 'focus'),
    expand: ids(params, 'expand'),
    depth: (DEPTHS as readonly number[]).includes(depth) ? (depth as Depth) : 1,
    layout: isOneOf(LAYOUT_NAMES, layout) ? layout : DEFAULT_LAYOUT,
    selected: id(params, 'sel'),
    filters: {
      regionId: id(params, 'region'),
      sectors: enums<Sector>(params, 'sector', SECTOR_VALUES),
      topicId: id(params, 'topic'),
      networkId: id(params, 'network'),
      labels: enums<NodeLabel>(params, 'kind', NODE_LABEL_VALUES),
      relationshipTypes: enums<RelationshipType>(params, 'rel', RELATIONSHIP_TYPE_VALUES),
    },
    actor: id(params, 'actor'),
    point: point(params.get('at')),
    radiusKm: radius(params.get('radius')),
    since: date(params.get('since')),
    sort: SORT_PATTERN.test(params.get('sort') ?? '') ? params.get('sort') : null,
  };
}

/** The search string (without "?") for a state; keys in a fixed order, defaults omitted. */
export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null | readonly string[]) => {
    const text = typeof value === 'string' || value === null ? value : value.join(',');
    if (text) params.set(key, text);
  };
  put('focus', state.focus);
  put('expand', state.expand);
  if (state.depth !== 1) put('depth', String(state.depth));
  if (state.layout !== DEFAULT_LAYOUT) put('layout', state.layout);
  put('sel', state.selected);
  const { filters } = state;
  put('region', filters.regionId);
  put('sector', filters.sectors);
  put('topic', filters.topicId);
  put('network', filters.networkId);
  put('kind', filters.labels);
  put('rel', filters.relationshipTypes);
  put('actor', state.actor);
  if (state.point) put('at', `${state.point.latitude},${state.point.longitude}`);
  if (state.radiusKm !== null) put('radius', String(state.radiusKm));
  put('since', state.since);
  put('sort', state.sort);
  // Commas and colons are safe in a query string and keep permalinks readable.
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
