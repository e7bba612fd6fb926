/** Brokers and cut points of a region's or network's cooperation or social network. */
import type { BrokersArgs } from './brokers.input.js';
import type { BrokerageView } from './brokers.type.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { asOfDate, requiredView, scopeOf } from '../kernel/deps.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { scopedSource } from '../kernel/scoped-snapshot.js';
import { checkRange } from '../kernel/validate.js';

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

export async function brokersQuery(deps: AnalysisDeps, args: BrokersArgs): Promise<BrokerageView> {
  const scope = scopeOf({ regionId: args.regionId, networkId: args.networkId });
  checkRange('limit', args.limit, 1, 100);
  const asOf = asOfDate(args.asOf);
  const recipe = args.network === 'social' ? 'socialBrokers' : 'cooperationBrokers';
  const source = scopedSource(deps.nodes, scope, recipe);
  // Betweenness grows fastest with the scope: gathered and computed on a worker thread (heavy/).
  const options = { network: args.network, limit: args.limit };
  const outcome = await deps.heavy.compute('brokerage', source, asOf, options);
  const { result: report, index, truncated, actors } = outcome;
  return {
    brokers: report.brokers.map((b) => ({
      node: requiredView(deps, index, b.id),
      degree: b.degree,
      betweenness: b.betweenness,
      constraint: finite(b.constraint),
      effectiveSize: finite(b.effectiveSize),
      bridges: b.bridges.map((x) => ({ sectors: [...x.sectors], openPairs: x.openPairs })),
      reasons: toReasonViews(b.reasons),
      explanationDe: b.explanationDe,
    })),
    cutPoints: report.cutPoints.slice(0, args.limit).map((c) => ({
      node: requiredView(deps, index, c.id),
      cutOff: c.cutOff,
      parts: [...c.parts],
      reasons: toReasonViews(c.reasons),
      explanationDe: c.explanationDe,
    })),
    sectorPairs: report.bySectorPair.map((p) => ({
      sectors: [...p.sectors],
      brokers: p.brokers.map((b) => ({ ...b })),
    })),
    sampled: !report.betweennessExact,
    sampleSize: report.sampleSize,
    errorBound: report.errorBound,
    actors,
    truncated,
  };
}
