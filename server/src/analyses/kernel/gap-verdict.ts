/**
 * The verdict on one sector × sector cell, valid for small counts (exact-tests.ts), and what would make a cell
 * without a verdict decidable.
 *
 * With P possible institution pairs in the scope, K of them in the cell and T ties in all, X ~ Hyp(P, K, T):
 *   gap               observed < expected and P(X ≤ observed) < α (default 0.05, one-sided, per cell)
 *   insufficientData  nothing can be expected (a sector is empty, no ties), or even no tie at all in the cell
 *                     would not be significant: P(X = lowest) ≥ α. Then no count can show a gap.
 *   unremarkable      everything else: as many ties as chance gives, or more, or a shortfall within chance.
 * For cells with too few data, the smallest change that would make "no tie in this cell" significant:
 *   additionalTies          T + t ties at the same pairs (more cooperations recorded in the region)
 *   additionalInstitutions  m more institutions in the cell's smaller sector, ties growing with the pairs at
 *                           the region's current density T / P (more organisations recorded)
 * Both are searched upwards and capped; null when the cap is reached or the change cannot help (no ties).
 */
import { hypergeometricCdf, hypergeometricFloor } from './exact-tests.js';

export type GapVerdict = 'gap' | 'unremarkable' | 'insufficientData';

export const GAP_ALPHA = 0.05;
const MAX_ADDED_INSTITUTIONS = 200;
const MAX_ADDED_TIES = 100_000;

export interface CellCounts {
  /** Institutions in the cell's two sectors (equal on the diagonal). */
  readonly sizes: readonly [number, number];
  readonly diagonal: boolean;
  /** Institutions in the scope. */
  readonly institutions: number;
  readonly ties: number;
  readonly observed: number;
}

export interface CellVerdict {
  readonly verdict: GapVerdict;
  /** P(X ≤ observed), exact. */
  readonly pValue: number;
  /** The smallest p-value any count could give (no tie at all in the cell). */
  readonly pFloor: number;
  readonly additionalTies: number | null;
  readonly additionalInstitutions: number | null;
  /** Index (0 or 1) into `sizes` of the sector additionalInstitutions refers to; null when none. */
  readonly growSide: 0 | 1 | null;
}

const allPairs = (n: number): number => (n * (n - 1)) / 2;
const cellPairs = (a: number, b: number, diagonal: boolean): number =>
  diagonal ? allPairs(a) : a * b;

export function cellVerdict(counts: CellCounts, alpha = GAP_ALPHA): CellVerdict {
  const { sizes, diagonal, institutions, ties, observed } = counts;
  const population = allPairs(institutions);
  const pairs = cellPairs(sizes[0], sizes[1], diagonal);
  const decided = pairVerdict({ population, pairs, ties, observed }, alpha);
  if (decided.verdict !== 'insufficientData') return decided;
  const { verdict, pValue, pFloor } = decided;
  const growSide: 0 | 1 = diagonal || sizes[0] <= sizes[1] ? 0 : 1;
  return {
    verdict,
    pValue,
    pFloor,
    additionalTies: tiesNeeded(population, pairs, ties, alpha),
    additionalInstitutions: institutionsNeeded(counts, growSide, alpha),
    growSide,
  };
}

/** Counts of a cell as pairs: of one region, or pooled over several (pairs and ties within each, summed). */
export interface PairCounts {
  /** Σ possible institution pairs within each region. */
  readonly population: number;
  /** Σ pairs of the cell within each region. */
  readonly pairs: number;
  readonly ties: number;
  readonly observed: number;
}

/**
 * The exact test on pair counts, X ~ Hyp(P, K, T); pooled, the pooled ties fall at random on the pairs
 * within the pooled regions. Says nothing of what would decide a cell (cellVerdict adds that for one region).
 */
export function pairVerdict(counts: PairCounts, alpha = GAP_ALPHA): CellVerdict {
  const { population, pairs, ties, observed } = counts;
  const expected = population > 0 ? (ties * pairs) / population : 0;
  const pValue = population > 0 ? hypergeometricCdf(observed, population, pairs, ties) : 1;
  const pFloor = population > 0 ? hypergeometricFloor(population, pairs, ties) : 1;
  const decidable = pairs > 0 && ties > 0 && pFloor < alpha;
  const verdict: GapVerdict = !decidable
    ? observed > expected && pairs > 0 && ties > 0
      ? 'unremarkable'
      : 'insufficientData'
    : observed < expected && pValue < alpha
      ? 'gap'
      : 'unremarkable';
  return {
    verdict,
    pValue,
    pFloor,
    additionalTies: null,
    additionalInstitutions: null,
    growSide: null,
  };
}

/** Fewest extra ties t with P(X = 0) < α for T + t ties over the same pairs; null if none within reach. */
function tiesNeeded(population: number, pairs: number, ties: number, alpha: number): number | null {
  if (pairs === 0) return null;
  // P(X = 0 | T) = Π_{i<T} (1 − K / (P − i)): one factor more per added tie, so walk up multiplying.
  let logZero = 0;
  for (let i = 0; i < population - pairs && i < ties + MAX_ADDED_TIES; i++) {
    logZero += Math.log1p(-pairs / (population - i));
    if (i + 1 > ties && Math.exp(logZero) < alpha) return i + 1 - ties;
  }
  return null;
}

/**
 * A lower bound of P(X = 0) in O(1): each of the T factors (1 − K / (P − i)) is at least (1 − K / (P − T + 1)).
 * While it is at or above α the exact (O(T)) floor need not be computed: large sparse regions would otherwise
 * pay it for every one of up to MAX_ADDED_INSTITUTIONS steps. 0 when some tie must fall into the cell.
 */
function zeroTiesBound(population: number, pairs: number, ties: number): number {
  if (ties > population - pairs) return 0;
  return Math.exp(ties * Math.log1p(-pairs / (population - ties + 1)));
}

/** Fewest extra institutions m in sizes[side] so that P(X = lowest) < α at the region's tie density. */
function institutionsNeeded(counts: CellCounts, side: 0 | 1, alpha: number): number | null {
  const { sizes, diagonal, institutions, ties } = counts;
  const density = institutions > 1 ? ties / allPairs(institutions) : 0;
  if (density === 0) return null;
  for (let m = 1; m <= MAX_ADDED_INSTITUTIONS; m++) {
    const a = sizes[0] + (side === 0 ? m : 0);
    const b = diagonal ? a : sizes[1] + (side === 1 ? m : 0);
    const population = allPairs(institutions + m);
    const pairs = cellPairs(a, b, diagonal);
    const grownTies = Math.round(density * population);
    if (pairs === 0 || grownTies === 0 || zeroTiesBound(population, pairs, grownTies) >= alpha)
      continue;
    if (hypergeometricFloor(population, pairs, grownTies) < alpha) return m;
  }
  return null;
}
