/**
 * The pure analyses for callers outside the server (`@nzr/server/analyses`, used by the seed's bench): functions
 * over a snapshot built once from a store Subgraph, e.g.
 * `const snapshot = buildSnapshot(await store.subgraph(query)); gapTable(snapshot)`.
 * Inside the server each analysis' resolver calls its own slice (analyses/<name>/<name>.query.ts) directly.
 */
export { buildSnapshot, locationOf, nameOf, regionChain } from './kernel/snapshot.js';
export type { Cooperation, Snapshot, SnapshotOptions } from './kernel/snapshot.js';
export { RECIPES } from './kernel/recipes.js';
export type { Recipe } from './kernel/recipes.js';
export { explainDe, reasonDe } from './kernel/explain.js';
export type { Reason } from './kernel/explain.js';
export { gapTable } from './gaps/gaps.js';
export { networkGrowth } from './growth/growth.js';
export type { GrowthYear, NetworkGrowth } from './growth/growth.js';
export type { GapCell, GapOptions, GapTable } from './gaps/gaps.js';
export { rankSuggestions, suggestLinks } from './suggestions/suggestions.js';
export type {
  RankedSuggestions,
  Suggestion,
  SuggestionOptions,
} from './suggestions/suggestions.js';
export { DEFAULT_DISTANCE_SCALE_KM, FALLBACK_WEIGHTS } from './suggestions/pair-score.js';
export type { ScoreParts, ScoreWeights } from './suggestions/pair-score.js';
export { evaluateLinkPrediction } from './suggestions/link-prediction-eval.js';
export { calibratedWeights } from './suggestions/calibrate.js';
export type {
  LinkPredictionOptions,
  LinkPredictionQuality,
} from './suggestions/link-prediction-eval.js';
export { alliesNearby } from './allies/allies.js';
export type { AlliesQuery, Ally } from './allies/allies.js';
export { matchResources } from './kernel/resource-matching.js';
export type { ResourceMatch, ResourceMatchOptions } from './kernel/resource-matching.js';
export { topicClusters } from './clusters/clusters.js';
export type { Cluster, ClusterOptions, ClusterResult, Counted } from './clusters/clusters.js';
export { connectedCommunities } from './clusters/communities.js';
export type { Communities, CommunityOptions } from './clusters/communities.js';
export { themeCooccurrence } from './clusters/theme-cooccurrence.js';
export type { ThemeNetwork } from './clusters/theme-cooccurrence.js';
export { brokerage } from './brokers/brokers.js';
export { findDuplicates } from './duplicates/duplicates.js';
export type { DuplicatePair } from './duplicates/duplicates.js';
export type { Broker, BrokerageReport, BrokerOptions, CutPoint } from './brokers/brokers.js';
export type { SectorBridge } from './kernel/sector-bridges.js';
export { compareRegions } from './regions/regions.js';
export type { RegionComparison, RegionFigures, RegionRow } from './regions/regions.js';
export { fundingFor } from './funding/funding.js';
export type { FundingMatch, FundingQuery } from './funding/funding.js';
export { networkOfNetworks } from './networks/networks.js';
export type { NetworkLink, NetworkOfNetworks } from './networks/networks.js';
export type { NetworkKind } from './kernel/graphs.js';
export { evaluateHeldOut } from './suggestions/held-out-eval.js';
export type { HeldOutOptions, HeldOutQuality, MethodQuality } from './suggestions/held-out-eval.js';
