import { describe, expect, it } from 'vitest';
import { pooledCounts, pooledFor } from './pooled';
import type { VerdictCell } from './verdicts';

const cell = (a: string, b: string, verdict: VerdictCell['verdict']): VerdictCell =>
  ({ sectors: [a, b], observed: 0, expected: 1, verdict, test: { pValue: 0.5 } }) as VerdictCell;

describe('pooled verdicts', () => {
  const own = [
    cell('civil_society', 'business', 'insufficientData'),
    cell('civil_society', 'education', 'gap'),
    cell('business', 'business', 'insufficientData'),
  ];
  const pooled = [
    cell('business', 'civil_society', 'gap'),
    cell('civil_society', 'education', 'unremarkable'),
    cell('business', 'business', 'insufficientData'),
  ];

  it('stand in only for cells without their own verdict, whatever the sector order', () => {
    expect(pooledFor(own[0] as VerdictCell, pooled)).toBe(pooled[0]);
    expect(pooledFor(own[1] as VerdictCell, pooled)).toBeNull();
    expect(pooledFor(own[0] as VerdictCell, null)).toBeNull();
  });

  it('are counted over those cells', () => {
    expect(pooledCounts(own, pooled)).toEqual({
      gap: 1,
      unremarkable: 0,
      insufficientData: 1,
      lacking: 2,
    });
  });
});
