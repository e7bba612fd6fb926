import { describe, expect, it } from 'vitest';
import { canIntroducePair } from './pair';

describe('canIntroducePair', () => {
  it('allows two institutions or two persons, nothing else', () => {
    const ins = (id: string) => ({ id, label: 'Institution' });
    expect(canIntroducePair(ins('ins-a'), ins('ins-b'))).toBe(true);
    expect(
      canIntroducePair({ id: 'per-a', label: 'Person' }, { id: 'per-b', label: 'Person' }),
    ).toBe(true);
    expect(canIntroducePair(ins('ins-a'), ins('ins-a'))).toBe(false);
    expect(canIntroducePair(ins('ins-a'), { id: 'per-b', label: 'Person' })).toBe(false);
    expect(
      canIntroducePair({ id: 'net-a', label: 'Network' }, { id: 'net-b', label: 'Network' }),
    ).toBe(false);
  });
});
