/**
 * The choices of single views that belong in a permalink, as closed lists (their values are part of the URL,
 * so they are stable). The first value of each list is the view's default and is left out of the URL.
 */

/** Regionen: which rows the comparison table shows, `level=municipality`. */
export const REGION_LEVELS = ['district', 'municipality'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Themencluster: how clusters are built (the API's ClusterMode) and so how the map is coloured, `mode=themes`. */
export const CLUSTER_MODES = ['cooperation', 'themes'] as const;
export type ClusterMode = (typeof CLUSTER_MODES)[number];

/** Brückenbauer:innen: which ties are analysed (the API's AnalysisNetwork), `graph=social`. */
export const ANALYSIS_GRAPHS = ['cooperation', 'social'] as const;
export type AnalysisGraph = (typeof ANALYSIS_GRAPHS)[number];

/**
 * Verbündete: where the search starts, `from=point`. Without it the view infers the origin from what the URL
 * holds (an actor, else a point, else the region), so older links keep working.
 */
export const ORIGINS = ['actor', 'region', 'point'] as const;
export type Origin = (typeof ORIGINS)[number];

/** Förderprogramme: who applies, `for=institution` (inferred from `actor` when absent). */
export const APPLICANTS = ['region', 'institution'] as const;
export type Applicant = (typeof APPLICANTS)[number];

/**
 * Vorschläge prüfen, Vernetzung anstoßen: a coordinator's own districts or all of Saxony, `scope=all`.
 * Absent: the viewer's default (own districts for a coordinator who has some, else all).
 */
export const QUEUE_SCOPES = ['mine', 'all'] as const;
export type QueueScope = (typeof QUEUE_SCOPES)[number];
