/**
 * Non-negative logistic regression, the weight fit of calibrate.ts: P(tie | x) = σ(b + w · x) with w ≥ 0.
 * Newton's method (iteratively reweighted least squares) on the features still free, with a small ridge
 * penalty (RIDGE, so separable data cannot run off to infinity); when the fit gives a feature a negative
 * weight, the most negative one is fixed at 0 and the rest fitted again (an active set, at most one refit per
 * feature). Non-negative because every weight is shown to users as "this adds to the score"; a term that
 * speaks against ties gets 0. Deterministic: no sampling; O(rows · d²) per Newton step, d ≤ 6 here.
 */
const NEWTON_STEPS = 25;
const RIDGE = 1e-3;

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const p = m[c]?.[c] ?? 1;
    for (let r = c + 1; r < n; r++) {
      const f = (m[r]?.[c] ?? 0) / p;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]?.[n] ?? 0;
    for (let k = r + 1; k < n; k++) s -= (m[r]?.[k] ?? 0) * (x[k] ?? 0);
    x[r] = s / (m[r]?.[r] ?? 1);
  }
  return x;
}

/** Unconstrained ridge logistic regression on the columns `free` (plus an intercept, not penalised). */
function fit(
  rows: readonly (readonly number[])[],
  ys: readonly number[],
  free: readonly number[],
): number[] {
  const d = free.length + 1;
  let beta = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const z = new Array<number>(d);
    rows.forEach((x, i) => {
      z[0] = 1;
      free.forEach((j, k) => (z[k + 1] = x[j] ?? 0));
      let eta = 0;
      for (let k = 0; k < d; k++) eta += (beta[k] ?? 0) * (z[k] ?? 0);
      const p = 1 / (1 + Math.exp(-eta));
      const err = (ys[i] ?? 0) - p;
      const w = p * (1 - p);
      for (let k = 0; k < d; k++) {
        grad[k] = (grad[k] ?? 0) + err * (z[k] ?? 0);
        const row = hess[k] as number[];
        for (let l = 0; l <= k; l++) row[l] = (row[l] ?? 0) + w * (z[k] ?? 0) * (z[l] ?? 0);
      }
    });
    for (let k = 0; k < d; k++) {
      for (let l = 0; l < k; l++) (hess[l] as number[])[k] = hess[k]?.[l] ?? 0;
      if (k > 0) {
        grad[k] = (grad[k] ?? 0) - RIDGE * rows.length * (beta[k] ?? 0);
        (hess[k] as number[])[k] = (hess[k]?.[k] ?? 0) + RIDGE * rows.length;
      }
    }
    const delta = solve(hess, grad);
    beta = beta.map((b, k) => b + (delta[k] ?? 0));
    if (Math.max(...delta.map(Math.abs)) < 1e-10) break;
  }
  return beta.slice(1);
}

/** Weights w (one per feature, ≥ 0) of P(positive | x) = σ(b + w · x); b is fitted and dropped. */
export function nonNegativeLogistic(
  positives: readonly (readonly number[])[],
  negatives: readonly (readonly number[])[],
): number[] {
  const dims = positives[0]?.length ?? negatives[0]?.length ?? 0;
  const rows = [...positives, ...negatives];
  const ys = rows.map((_, i) => (i < positives.length ? 1 : 0));
  const w = new Array<number>(dims).fill(0);
  if (positives.length === 0 || negatives.length === 0) return w;
  let free = Array.from({ length: dims }, (_, j) => j);
  while (free.length > 0) {
    const beta = fit(rows, ys, free);
    let worst = -1;
    beta.forEach((b, k) => {
      if (b < 0 && (worst < 0 || b < (beta[worst] ?? 0))) worst = k;
    });
    if (worst < 0) {
      free.forEach((j, k) => (w[j] = beta[k] ?? 0));
      return w;
    }
    free = free.filter((_, k) => k !== worst);
  }
  return w;
}
