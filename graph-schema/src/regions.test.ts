import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from './labels.js';
import { STATE_REGION_ID, districtAgs, districtIdOf, regionId } from './regions.js';

describe('region ids', () => {
  it('are the Region prefix and the AGS', () => {
    expect(regionId('14626')).toBe('reg-14626');
    expect(STATE_REGION_ID).toBe('reg-14');
    expect(regionId('14').startsWith(NODE_LABELS.Region.idPrefix)).toBe(true);
  });

  it('lead from a municipality or district to its district', () => {
    expect(districtIdOf('reg-14626110')).toBe('reg-14626');
    expect(districtIdOf('reg-14626')).toBe('reg-14626');
    expect(districtAgs('14713000')).toBe('14713');
  });

  it('have no district for the state, nothing and foreign ids', () => {
    expect(districtIdOf(STATE_REGION_ID)).toBeNull();
    expect(districtIdOf(null)).toBeNull();
    expect(districtIdOf('ins-14626')).toBeNull();
    expect(districtIdOf('reg-1462')).toBeNull();
    expect(districtAgs('14')).toBeNull();
  });
});
