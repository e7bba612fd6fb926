/**
 * Suggestions aimed at given sector pairs (the gap cells a coordinator wants closed): for each target in
 * order, its best `perTarget` pairs (both ends in the target's two sectors, across them unless the target is
 * one sector with itself), then the overall best pairs, without repeats, up to `limit`. The filters of the
 * request (topics, distance, sectors) apply to targeted pairs too: a target outside `sectors` gets none.
 * `rank` ranks within one calibrated pair context (the caller's), so all pairs share the same weights.
 */
import type { Sector } from '@nzr/graph-schema';
import type { ScoreParts } from './pair-score.js';
import type { SuggestionOptions } from './suggestions.js';

export type RankedPair = [number, number, ScoreParts];

export interface TargetedPair {
  readonly pair: RankedPair;
  readonly target: readonly [Sector, Sector] | null;
}

export function targetedPairs(
  options: SuggestionOptions,
  rank: (options: SuggestionOptions) => RankedPair[],
): TargetedPair[] {
  const limit = options.limit ?? 20;
  const perTarget = options.perTarget ?? 3;
  const out: TargetedPair[] = [];
  const taken = new Set<string>();
  const add = (pair: RankedPair, target: TargetedPair['target']): void => {
    const key = pair[0] < pair[1] ? `${pair[0]}|${pair[1]}` : `${pair[1]}|${pair[0]}`;
    if (out.length >= limit || taken.has(key)) return;
    taken.add(key);
    out.push({ pair, target });
  };
  for (const target of options.targetSectorPairs ?? []) {
    const [a, b] = target;
    if (options.sectors && !(options.sectors.includes(a) && options.sectors.includes(b))) continue;
    if (options.crossSectorOnly && a === b) continue;
    const pairs = rank({
      ...options,
      sectors: a === b ? [a] : [a, b],
      crossSectorOnly: a !== b,
      limit: perTarget,
    });
    for (const pair of pairs) add(pair, target);
  }
  for (const pair of rank(options)) add(pair, null);
  return out;
}
