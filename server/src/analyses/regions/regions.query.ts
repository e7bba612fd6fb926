/** Region comparison over the whole state: actors with cooperations and regions, plus the region tree. */
import type { AnalysisDeps } from '../kernel/deps.js';
import { asOfDate, requiredView } from '../kernel/deps.js';
import { toReasonViews } from '../kernel/reason.type.js';
import type { RegionComparisonArgs } from './regions.input.js';
import type { RegionComparisonView } from './regions.type.js';
import { stateSource } from '../kernel/scoped-snapshot.js';
import { checkDate, invalid } from '../kernel/validate.js';

export async function regionComparisonQuery(
  deps: AnalysisDeps,
  args: RegionComparisonArgs,
): Promise<RegionComparisonView> {
  const since = args.since == null ? undefined : checkDate('since', args.since);
  const until = args.until == null ? undefined : checkDate('until', args.until);
  if (until !== undefined && since === undefined) invalid('until', 'needs since');
  if (since !== undefined && until !== undefined && until < since) {
    invalid('until', `must not be before since (${since})`);
  }
  const asOf = asOfDate(args.asOf);
  // The whole state: gathered and computed on a worker thread (heavy/), which sends back the named nodes.
  const source = stateSource(deps.nodes);
  const outcome = await deps.heavy.compute('compareRegions', source, asOf, {
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  });
  const { result: comparison, index, truncated, actors } = outcome;
  return {
    regions: comparison.regions.map(({ regionId, reasons, ...row }) => ({
      ...row,
      region: requiredView(deps, index, regionId),
      reasons: toReasonViews(reasons),
    })),
    urban: comparison.urban,
    rural: comparison.rural,
    actors,
    truncated,
  };
}
