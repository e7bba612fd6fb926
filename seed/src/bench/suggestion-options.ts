/** Settings of the per-district suggestion quality (suggestion-quality.ts), shared by both bench entries. */
export const SUGGESTION_QUALITY = {
  splits: 5,
  hiddenShare: 0.1,
  k: 10,
  negativesPerTie: 3,
  seed: 1,
} as const;
