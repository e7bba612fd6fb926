/**
 * Exact tests for small counts. A region's T cooperations fall on T of its P possible institution pairs; if
 * they fell at random (without replacement), the ties X landing on the K pairs of one sector × sector cell are
 * hypergeometric: P(X = k) = C(K, k) C(P − K, T − k) / C(P, T). Unlike a Poisson or χ² approximation this is
 * exact at any size, which is what sparse rural districts (a handful of organisations and ties) need.
 * Everything is summed in log space, so state-wide counts (P in the billions) neither overflow nor underflow.
 */

/** ln C(n, k) as Σ ln((n − k + i) / i) over the shorter side: exact to rounding, no log-gamma needed. */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  const r = Math.min(k, n - k);
  let sum = 0;
  for (let i = 1; i <= r; i++) sum += Math.log((n - r + i) / i);
  return sum;
}

/** ln C(P, T) is the same for every cell of a table: remembered for the last (P, T) asked. */
let lastTotal = { n: -1, k: -1, value: 0 };
function logChooseTotal(n: number, k: number): number {
  if (lastTotal.n !== n || lastTotal.k !== k) lastTotal = { n, k, value: logChoose(n, k) };
  return lastTotal.value;
}

/** Smallest value X can take: the ties that cannot all fit outside the cell. */
const lowest = (population: number, successes: number, draws: number): number =>
  Math.max(0, draws - (population - successes));

/**
 * Lower tail P(X ≤ k) of the hypergeometric distribution: `draws` items taken without replacement from a
 * `population` holding `successes` marked ones (here: T ties over P pairs, K of them in the cell).
 * log p(k+1) = log p(k) + ln((K − k)(T − k)) − ln((k + 1)(P − K − T + k + 1)), then log-sum-exp.
 */
export function hypergeometricCdf(
  k: number,
  population: number,
  successes: number,
  draws: number,
): number {
  const low = lowest(population, successes, draws);
  const high = Math.min(successes, draws);
  if (k < low) return 0;
  if (k >= high) return 1;
  let logTerm =
    logChoose(successes, low) +
    logChoose(population - successes, draws - low) -
    logChooseTotal(population, draws);
  const logs: number[] = [logTerm];
  for (let i = low; i < k; i++) {
    logTerm +=
      Math.log((successes - i) * (draws - i)) -
      Math.log((i + 1) * (population - successes - draws + i + 1));
    logs.push(logTerm);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const l of logs) if (l > max) max = l;
  let sum = 0;
  for (const l of logs) sum += Math.exp(l - max);
  return Math.min(1, Math.exp(max) * sum);
}

/** The smallest lower-tail p-value the cell can reach at all: the one for as few ties as possible. */
export function hypergeometricFloor(population: number, successes: number, draws: number): number {
  return hypergeometricCdf(lowest(population, successes, draws), population, successes, draws);
}
