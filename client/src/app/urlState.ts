/**
 * The shareable state of the explorer as URL search parameters, so that back/forward work and a permalink
 * reproduces the view. Pure encode/decode; defaults are left out of the URL and bad values are ignored.
 *
 * Format (all optional): focus=ins-1,ins-2 & expand=per-7 & depth=2 & layout=geo & sel=ins-9 &
 * region=reg-14626 & sector=business,education & topic=top-energy_climate & network=net-000008 &
 * kind=Institution,Person & rel=COOPERATES_WITH,KNOWS & date=2020-06-30 & actor=per-1 & at=51.05,13.74 &
 * radius=25 & since=2025-01-01 & sort=name:asc & level=municipality & mode=themes & graph=social &
 * from=point & for=institution & metric=density & cell=business,education & scope=all
 */
import type { NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';
import { NO_FILTERS } from '../features/filters/filters';
import { CHOROPLETH_METRICS } from '../features/regions/choropleth';
import type { ChoroplethMetric } from '../features/regions/choropleth';
import type { MapFilters } from '../features/filters/filters';
import { DEFAULT_LAYOUT, DEPTHS, LAYOUT_NAMES } from '../features/network-map/layoutNames';
import type { Depth, LayoutName } from '../features/network-map/layoutNames';
import { NODE_LABEL_VALUES, RELATIONSHIP_TYPE_VALUES, SECTOR_VALUES } from '../lib/domain';
import { date, enums, id, ids, oneOf, point, radius, sort } from './urlParams';
import type { GeoPoint } from './urlParams';
import {
  ANALYSIS_GRAPHS,
  APPLICANTS,
  CLUSTER_MODES,
  ORIGINS,
  QUEUE_SCOPES,
  REGION_LEVELS,
} from './viewChoices';
import type {
  AnalysisGraph,
  Applicant,
  ClusterMode,
  Origin,
  QueueScope,
  RegionLevel,
} from './viewChoices';

export type { GeoPoint };

export interface ExplorerState {
  /** Start nodes of the map; empty shows an overview of the filtered actors. */
  readonly focus: readonly string[];
  /** Nodes whose neighbourhood was added with "expand". */
  readonly expand: readonly string[];
  readonly depth: Depth;
  /** Layout of the view's map; null is the view's own default (see `layoutOf`). */
  readonly layout: LayoutName | null;
  /** Selected node (map, tables, lists, the network of networks). */
  readonly selected: string | null;
  readonly filters: MapFilters;
  /** Analytics views: the asking actor (Verbündete) or applicant (Förderprogramme), `actor=per-000001`. */
  readonly actor: string | null;
  /** Analytics views: a point to search around, `at=51.05,13.74` (latitude,longitude). */
  readonly point: GeoPoint | null;
  /** Analytics views: search radius in km, 1–100, `radius=25`. */
  readonly radiusKm: number | null;
  /** Analytics views: ISO date for "change since", `since=2025-01-01`. */
  readonly since: string | null;
  /** Analytics views: table sort, column and direction, `sort=actorsPer10k:desc`. */
  readonly sort: string | null;
  readonly level: RegionLevel;
  readonly clusterMode: ClusterMode;
  readonly graph: AnalysisGraph;
  /** Null: inferred by the view from `actor` and `point`. */
  readonly origin: Origin | null;
  /** Null: inferred by the view from `actor`. */
  readonly applicant: Applicant | null;
  /** Regionen: the column the map is coloured by, `metric=density`. */
  readonly metric: ChoroplethMetric;
  /** Vernetzungslücken: the open sector × sector cell, `cell=business,education`. */
  readonly gapCell: readonly [Sector, Sector] | null;
  /** Coordinators' queues: own districts or all of Saxony; null is the viewer's default. */
  readonly queueScope: QueueScope | null;
}

export const INITIAL_STATE: ExplorerState = {
  focus: [],
  expand: [],
  depth: 1,
  layout: null,
  selected: null,
  filters: NO_FILTERS,
  actor: null,
  point: null,
  radiusKm: null,
  since: null,
  sort: null,
  level: REGION_LEVELS[0],
  clusterMode: CLUSTER_MODES[0],
  graph: ANALYSIS_GRAPHS[0],
  origin: null,
  applicant: null,
  metric: CHOROPLETH_METRICS[0],
  gapCell: null,
  queueScope: null,
};

/** Exactly two sectors (equal on the diagonal), else null. */
function sectorPair(params: URLSearchParams): readonly [Sector, Sector] | null {
  const parts = (params.get('cell') ?? '').split(',');
  const sectors = parts.filter((part): part is Sector =>
    (SECTOR_VALUES as readonly string[]).includes(part),
  );
  return parts.length === 2 && sectors.length === 2
    ? [sectors[0] as Sector, sectors[1] as Sector]
    : null;
}

/** The layout a view shows: the one in the URL, else the view's default (the map's is fcose). */
export function layoutOf(state: ExplorerState, viewDefault: LayoutName = DEFAULT_LAYOUT) {
  return state.layout ?? viewDefault;
}

/** The URL value for a chosen layout: none when it is the view's default, so permalinks stay short. */
export function layoutChange(layout: LayoutName, viewDefault: LayoutName = DEFAULT_LAYOUT) {
  return { layout: layout === viewDefault ? null : layout };
}

export function decodeState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  return {
    focus: ids(params, 'focus'),
    expand: ids(params, 'expand'),
    depth: (DEPTHS as readonly number[]).includes(depth) ? (depth as Depth) : 1,
    layout: oneOf(params, 'layout', LAYOUT_NAMES),
    selected: id(params, 'sel'),
    filters: {
      regionId: id(params, 'region'),
      sectors: enums<Sector>(params, 'sector', SECTOR_VALUES),
      topicId: id(params, 'topic'),
      networkId: id(params, 'network'),
      labels: enums<NodeLabel>(params, 'kind', NODE_LABEL_VALUES),
      relationshipTypes: enums<RelationshipType>(params, 'rel', RELATIONSHIP_TYPE_VALUES),
      activeOn: date(params.get('date')),
    },
    actor: id(params, 'actor'),
    point: point(params.get('at')),
    radiusKm: radius(params.get('radius')),
    since: date(params.get('since')),
    sort: sort(params.get('sort')),
    level: oneOf(params, 'level', REGION_LEVELS) ?? INITIAL_STATE.level,
    clusterMode: oneOf(params, 'mode', CLUSTER_MODES) ?? INITIAL_STATE.clusterMode,
    graph: oneOf(params, 'graph', ANALYSIS_GRAPHS) ?? INITIAL_STATE.graph,
    origin: oneOf(params, 'from', ORIGINS),
    applicant: oneOf(params, 'for', APPLICANTS),
    metric: oneOf(params, 'metric', CHOROPLETH_METRICS) ?? INITIAL_STATE.metric,
    gapCell: sectorPair(params),
    queueScope: oneOf(params, 'scope', QUEUE_SCOPES),
  };
}

/** The search string (without "?") for a state; keys in a fixed order, defaults omitted. */
export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null | readonly string[]) => {
    const text = typeof value === 'string' || value === null ? value : value.join(',');
    if (text) params.set(key, text);
  };
  const unlessDefault = <K extends keyof ExplorerState>(key: string, field: K) => {
    const value = state[field];
    if (value !== INITIAL_STATE[field]) put(key, String(value));
  };
  put('focus', state.focus);
  put('expand', state.expand);
  unlessDefault('depth', 'depth');
  put('layout', state.layout);
  put('sel', state.selected);
  const { filters } = state;
  put('region', filters.regionId);
  put('sector', filters.sectors);
  put('topic', filters.topicId);
  put('network', filters.networkId);
  put('kind', filters.labels);
  put('rel', filters.relationshipTypes);
  put('date', filters.activeOn);
  put('actor', state.actor);
  if (state.point) put('at', `${state.point.latitude},${state.point.longitude}`);
  if (state.radiusKm !== null) put('radius', String(state.radiusKm));
  put('since', state.since);
  put('sort', state.sort);
  unlessDefault('level', 'level');
  unlessDefault('mode', 'clusterMode');
  unlessDefault('graph', 'graph');
  put('from', state.origin);
  put('for', state.applicant);
  unlessDefault('metric', 'metric');
  put('cell', state.gapCell);
  put('scope', state.queueScope);
  // Commas and colons are safe in a query string and keep permalinks readable.
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
