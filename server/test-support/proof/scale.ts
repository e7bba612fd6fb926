/**
 * How big the proof tests run. `npm test` uses the fast defaults (fixed seeds, a few hundred cases, 3 kills);
 * `PROOF_SCALE=bench` (the bench step) runs the same tests at full size. PROOF_SEED replays another seed.
 */
export type ProofScale = 'test' | 'bench';

export const PROOF_SCALE: ProofScale = process.env.PROOF_SCALE === 'bench' ? 'bench' : 'test';
const bench = PROOF_SCALE === 'bench';

export const SCALE = {
  /** fast-check runs per request family (every mutation, plausible creates, literals, raw bodies). */
  mutationRuns: bench ? 1200 : 30,
  csvRuns: bench ? 1500 : 80,
  /** SIGKILLs of the real server process. */
  kills: bench ? 20 : 3,
  /** Rows per CSV import batch in the crash test. */
  crashBatchRows: 500,
  /** Safety cap on rows written per round; the kill normally comes long before. */
  crashMaxRowsPerRound: 100_000,
  /** Longest time before a kill, counted from the first acknowledged write of a round. */
  crashMaxDelayMs: bench ? 4000 : 1500,
} as const;

/** Test time limits that grow with the scale (the fast defaults stay within vitest's 60 s). */
export const TIMEOUTS = {
  perMutationFamily: Math.max(60_000, SCALE.mutationRuns * 300),
  csv: Math.max(60_000, SCALE.csvRuns * 300),
  crash: 120_000 + SCALE.kills * 40_000,
} as const;

export const PROOF_SEED = Number(process.env.PROOF_SEED ?? 20_261_125);

/** Deterministic pseudo-random numbers (mulberry32), so a failing run can be repeated with PROOF_SEED. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
