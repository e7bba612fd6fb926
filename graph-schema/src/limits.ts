/**
 * The bounds of every API request (ids per call, page sizes, traversal depth, radius, batch sizes): the
 * server refuses what exceeds them, and the client keeps its requests within them.
 */
export const LIMITS = {
  MAX_IDS: 1000,
  MAX_PAGE_SIZE: 100,
  MAX_LIMIT: 5000,
  MAX_SUBGRAPH_LIMIT: 200_000,
  MAX_START_IDS: 100,
  MAX_DEPTH: 3,
  MAX_RADIUS_KM: 1000,
  MAX_SEARCH_TEXT: 200,
  MAX_CHANGES: 10_000,
  MAX_UPSERT_ITEMS: 50_000,
} as const;
