import { describe, expect, it } from 'vitest';
import { hypergeometricCdf, hypergeometricFloor, logChoose } from './exact-tests.js';
import { cellVerdict } from './gap-verdict.js';

/*
 * Known answers computed independently with exact rational arithmetic in Python (math.comb + fractions):
 *   cdf(k, P, K, T) = Σ_{i ≤ k} C(K, i) C(P − K, T − i) / C(P, T)
 */
describe('hypergeometricCdf', () => {
  it.each([
    [0, 36, 6, 5, 0.37800802139037432],
    [1, 36, 6, 5, 0.81417112299465244],
    [2, 50, 20, 10, 0.13903865738090695],
    [5, 50, 20, 10, 0.86011189706713331],
    [3, 45150, 2400, 400, 6.4742859477772056e-7],
    [12, 45150, 2400, 400, 0.018750726373724484],
  ])('P(X ≤ %i) for P=%i, K=%i, T=%i', (k, population, successes, draws, expected) => {
    expect(hypergeometricCdf(k, population, successes, draws)).toBeCloseTo(expected, 12);
    expect(hypergeometricCdf(k, population, successes, draws) / expected).toBeCloseTo(1, 9);
  });

  it('is 0 below the smallest possible count and 1 from the largest', () => {
    // 5 ties over 10 pairs, 8 of them in the cell: at least 3 must land in it.
    expect(hypergeometricCdf(2, 10, 8, 5)).toBe(0);
    expect(hypergeometricFloor(10, 8, 5)).toBeCloseTo(
      (56 * 1) / 252, // C(8,3) C(2,2) / C(10,5)
      14,
    );
    expect(hypergeometricCdf(5, 10, 8, 5)).toBe(1);
  });

  it('sums its probabilities to one (independent summation of the pmf)', () => {
    const [population, successes, draws] = [40, 12, 9];
    let total = 0;
    for (let k = 0; k <= 9; k++) {
      total += Math.exp(
        logChoose(successes, k) +
          logChoose(population - successes, draws - k) -
          logChoose(population, draws),
      );
    }
    expect(total).toBeCloseTo(1, 12);
  });

  it('stays finite for state-wide counts far beyond floating-point factorials', () => {
    const p = hypergeometricCdf(40, 5e9, 1e8, 1e4);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-30);
  });
});

describe('cellVerdict', () => {
  // Görlitz-like: 9 institutions (P = 36), 5 ties; a 2 × 3 cell has K = 6 pairs, expected 5/6.
  const sparse = {
    sizes: [2, 3] as const,
    diagonal: false,
    institutions: 9,
    ties: 5,
    observed: 0,
  };

  it('says "too few data" when even no tie at all would be within chance, and what would change it', () => {
    const v = cellVerdict(sparse);
    expect(v.verdict).toBe('insufficientData');
    expect(v.pFloor).toBeCloseTo(0.37800802139037432, 12);
    // Python: smallest t with C(30, 5+t)/C(36, 5+t) < 0.05 is 9; smallest m with the smaller sector grown by m
    // at density 5/36 (ties rounded) is 4 (P = 78, K = 18, T = 11: 0.04406).
    expect(v.additionalTies).toBe(9);
    expect(v.additionalInstitutions).toBe(4);
    expect(v.growSide).toBe(0);
  });

  it('finds a gap where a shortfall is beyond chance and calls a shortfall within chance unremarkable', () => {
    // 301 institutions, 400 ties; a 40 × 60 cell (K = 2400) expects 21.26 ties.
    const base = { sizes: [40, 60] as const, diagonal: false, institutions: 301, ties: 400 };
    const gap = cellVerdict({ ...base, observed: 12 });
    expect(gap.verdict).toBe('gap');
    expect(gap.pValue).toBeCloseTo(0.018750726373724484, 12);
    expect(cellVerdict({ ...base, observed: 18 }).verdict).toBe('unremarkable');
    expect(cellVerdict({ ...base, observed: 30 }).verdict).toBe('unremarkable');
  });

  it('has no verdict for an empty sector and no change of ties can help it', () => {
    const v = cellVerdict({ ...sparse, sizes: [0, 3] });
    expect(v.verdict).toBe('insufficientData');
    expect(v.additionalTies).toBeNull();
    expect(v.additionalInstitutions).toBeGreaterThan(0);
  });

  it('calls more ties than expected unremarkable even where no gap could be shown', () => {
    expect(cellVerdict({ ...sparse, observed: 2 }).verdict).toBe('unremarkable');
  });
});
