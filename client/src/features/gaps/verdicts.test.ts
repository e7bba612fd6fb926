import { describe, expect, it } from 'vitest';
import { sameSectors, targetCells, targetKind, verdictCounts } from './verdicts';
import type { VerdictCell } from './verdicts';

const cell = (
  sectors: VerdictCell['sectors'],
  observed: number,
  expected: number,
  verdict: VerdictCell['verdict'],
  pValue: number,
): VerdictCell => ({ sectors, observed, expected, verdict, test: { pValue } });

describe('targetCells', () => {
  const cells = [
    cell(['civil_society', 'business'], 1, 1.7, 'insufficientData', 0.4),
    cell(['civil_society', 'administration'], 0, 0.4, 'insufficientData', 0.63),
    cell(['business', 'education'], 2, 9, 'gap', 0.01),
    cell(['business', 'business'], 0, 2, 'insufficientData', 0.1),
    cell(['education', 'science'], 0, 0, 'insufficientData', 1),
    cell(['civil_society', 'education'], 3, 2, 'unremarkable', 0.8),
  ];

  it('aims at gaps first, then at shortfalls without a verdict, across sectors only', () => {
    expect(targetCells(cells).map((c) => c.sectors.join('×'))).toEqual([
      'business×education',
      'civil_society×business',
      'civil_society×administration',
    ]);
    expect(targetKind(cells[4] as VerdictCell)).toBeNull();
    expect(targetCells(cells, 1)).toHaveLength(1);
  });

  it('counts the verdicts', () => {
    expect(verdictCounts(cells)).toEqual({ gap: 1, unremarkable: 1, insufficientData: 4 });
  });

  it('compares sector pairs in either order', () => {
    expect(sameSectors(['business', 'science'], ['science', 'business'])).toBe(true);
    expect(sameSectors(['business', 'science'], ['business', 'education'])).toBe(false);
  });
});
