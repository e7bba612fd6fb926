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
}

export const INITIAL_STATE: ExplorerState = {
  focus: [],
  expand: [],
  depth: 1,
  layout: DEFAULT_LAYOUT,
  selected: null,
  filters: NO_FILTERS,
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
  // Commas are safe in a query string and keep permalinks readable.
  return params.toString().replaceAll('%2C', ',');
}
