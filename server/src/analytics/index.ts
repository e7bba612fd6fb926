/**
 * Public API of the analytics: pure functions over a snapshot built once from a store Subgraph.
 * Typical use in a service: `const snapshot = buildSnapshot(await store.subgraph(query)); gapTable(snapshot)`.
 */
export { buildSnapshot, locationOf, nameOf, regionChain } from './snapshot.js';
export type { Cooperation, Snapshot, SnapshotOptions } from './snapshot.js';
export { explainDe, reasonDe } from './explain.js';
export type { Reason } from './explain.js';
export { gapTable } from './gaps.js';
export type { GapCell, GapOptions, GapTable } from './gaps.js';
export { rankSuggestions, suggestLinks } from './suggestions.js';
export type { RankedSuggestions, Suggestion, SuggestionOptions } from './suggestions.js';
export { DEFAULT_DISTANCE_SCALE_KM, FALLBACK_WEIGHTS } from './pair-score.js';
export type { ScoreParts, ScoreWeights } from './pair-score.js';
export { evaluateLinkPrediction } from './link-prediction-eval.js';
export { calibratedWeights } from './calibrate.js';
export type { LinkPredictionOptions, LinkPredictionQuality } from './link-prediction-eval.js';
export { alliesNearby } from './allies.js';
export type { AlliesQuery, Ally } from './allies.js';
export { matchResources } from './resources.js';
export type { ResourceMatch, ResourceMatchOptions } from './resources.js';
export { topicClusters } from './clusters.js';
export type { Cluster, ClusterOptions, ClusterResult, Counted } from './clusters.js';
export { connectedCommunities } from './communities.js';
export type { Communities, CommunityOptions } from './communities.js';
export { themeCooccurrence } from './theme-cooccurrence.js';
export type { ThemeNetwork } from './theme-cooccurrence.js';
export { brokerage } from './brokers.js';
export type { Broker, BrokerageReport, BrokerOptions, CutPoint, SectorBridge } from './brokers.js';
export { compareRegions } from './regions.js';
export type { RegionComparison, RegionFigures, RegionRow } from './regions.js';
export { fundingFor } from './funding.js';
export type { FundingMatch, FundingQuery } from './funding.js';
export { networkOfNetworks } from './network-of-networks.js';
export type { NetworkLink, NetworkOfNetworks } from './network-of-networks.js';
export type { NetworkKind } from './graphs.js';
