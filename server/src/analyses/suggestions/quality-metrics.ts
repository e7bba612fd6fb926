/**
 * The metrics of link-suggestion quality (calibrate.ts and held-out-eval.ts), kept apart so each has a
 * known-answer test (quality-metrics.test.ts).
 *   AUC          P(score of a true pair > score of a negative pair) + P(equal) / 2 (Lü & Zhou 2011), 0.5 = random
 *   precision@k  share of true pairs among the first k ranked pairs (a list shorter than k counts as misses:
 *                a coordinator asked for k and was shown fewer useful ones)
 *   recall       share of true pairs a filter admits
 */

/** AUC from ranks, O(m log m): P(x > y) + P(x = y) / 2 for x from `pos`, y from `neg`; 0.5 when one is empty. */
export function rankAuc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return 0.5;
  const all = [...pos.map((x) => [x, 1] as const), ...neg.map((x) => [x, 0] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]?.[0] === all[i]?.[0]) j++;
    const midRank = (i + j + 1) / 2;
    for (let m = i; m < j; m++) if (all[m]?.[1] === 1) rankSum += midRank;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

/** Share of the first k of `ranked` that are in `relevant`; k ≥ 1. */
export function precisionAtK(
  ranked: readonly string[],
  relevant: ReadonlySet<string>,
  k: number,
): number {
  if (!(k >= 1)) throw new RangeError(`k must be at least 1, got ${k}`);
  return ranked.slice(0, k).filter((key) => relevant.has(key)).length / k;
}

/** Share of `relevant` that `admitted` holds; 0 for no relevant items (nothing to recall). */
export function recall(relevant: readonly string[], admitted: (key: string) => boolean): number {
  if (relevant.length === 0) return 0;
  return relevant.filter(admitted).length / relevant.length;
}

/** Mean of the values, NaN for none. */
export function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / values.length;
}
