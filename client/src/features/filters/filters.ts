/**
 * The map filters and their translation into the API's variables: `NodeFilter` (shared by `search` and
 * `neighbourhood`), `relationshipTypes` (edge kinds the neighbourhood follows) and `activeOn` (the day whose
 * relationships it follows). Pure, so it is unit-tested.
 */
import type { NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';
import type { MapGraphQueryVariables, NodeFilter } from '../../generated/graphql';

export interface MapFilters {
  /** Region at any level (state, district, municipality); nodes located in it or below. */
  readonly regionId: string | null;
  readonly sectors: readonly Sector[];
  readonly topicId: string | null;
  readonly networkId: string | null;
  readonly labels: readonly NodeLabel[];
  readonly relationshipTypes: readonly RelationshipType[];
  /** "Stand am": ISO date; only relationships in force that day. Null: all, whatever their dates. */
  readonly activeOn: string | null;
}

export const NO_FILTERS: MapFilters = {
  regionId: null,
  sectors: [],
  topicId: null,
  networkId: null,
  labels: [],
  relationshipTypes: [],
  activeOn: null,
};

/** The API's NodeFilter input and the neighbourhood query's variables, generated from the schema. */
export type { NodeFilter };
export type NeighbourhoodVariables = MapGraphQueryVariables;

/** NodeFilter for the filters; null when nothing is filtered (the API then applies no filter). */
export function toNodeFilter(filters: MapFilters): NodeFilter | null {
  const filter: {
    -readonly [K in keyof NodeFilter]: NodeFilter[K];
  } = {};
  if (filters.regionId) filter.regionId = filters.regionId;
  if (filters.sectors.length > 0) filter.sectors = [...filters.sectors];
  if (filters.topicId) filter.topicIds = [filters.topicId];
  if (filters.networkId) filter.networkId = filters.networkId;
  if (filters.labels.length > 0) filter.labels = [...filters.labels];
  return Object.keys(filter).length > 0 ? filter : null;
}

/**
 * Variables of a neighbourhood query. `defaultTypes` applies when no relation kind is chosen (null: all).
 */
export function toNeighbourhoodVariables(
  filters: MapFilters,
  ids: readonly string[],
  depth: number,
  limit: number,
  defaultTypes: readonly RelationshipType[] | null = null,
): NeighbourhoodVariables {
  return {
    ids,
    depth,
    limit,
    filter: toNodeFilter(filters),
    relationshipTypes:
      filters.relationshipTypes.length > 0 ? [...filters.relationshipTypes] : defaultTypes,
    activeOn: filters.activeOn,
  };
}

/**
 * The overview shows who is connected with whom: relations between actors, networks, projects and resources.
 * Topics and places (WORKS_ON, LOCATED_IN, ...) would turn into hubs that hide everything else; they appear
 * when chosen in the relation filter or around a focus node.
 */
export const OVERVIEW_RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'COOPERATES_WITH',
  'KNOWS',
  'MEMBER_OF',
  'MEMBER_OF_NETWORK',
  'OFFERS',
  'NEEDS',
  'RUNS',
];

/** The labels an overview (no focus node) starts from when the filter names none: the actors. */
export const OVERVIEW_START_LABELS: readonly NodeLabel[] = ['Institution', 'Person'];

/** Start set of the overview: actors (or the chosen labels) matching the filters. */
export function toOverviewSearchVariables(filters: MapFilters, first: number) {
  const filter = toNodeFilter(filters) ?? {};
  return {
    text: '',
    first,
    filter: { ...filter, labels: filter.labels ?? OVERVIEW_START_LABELS },
  };
}

export function countActiveFilters(filters: MapFilters): number {
  return (
    (filters.regionId ? 1 : 0) +
    (filters.topicId ? 1 : 0) +
    (filters.networkId ? 1 : 0) +
    (filters.sectors.length > 0 ? 1 : 0) +
    (filters.labels.length > 0 ? 1 : 0) +
    (filters.relationshipTypes.length > 0 ? 1 : 0) +
    (filters.activeOn ? 1 : 0)
  );
}
