import { describe, expect, it } from 'vitest';
import { DATED_RELATIONSHIP_TYPES, RELATIONSHIP_PERIODS, periodProperties } from './periods.js';
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from './relationship-types.js';
import type { PropertySpecs } from './properties.js';

describe('relationship periods', () => {
  it('names the begin and end dates of the dated types', () => {
    expect(RELATIONSHIP_PERIODS.COOPERATES_WITH).toEqual({ begin: 'from', end: 'until' });
    expect(RELATIONSHIP_PERIODS.KNOWS).toEqual({ begin: 'since', end: null });
    expect(RELATIONSHIP_PERIODS.MEMBER_OF).toEqual({ begin: 'since', end: null });
    expect(RELATIONSHIP_PERIODS.MEMBER_OF_NETWORK).toEqual({ begin: 'since', end: null });
    expect(RELATIONSHIP_PERIODS.WORKS_ON).toEqual({ begin: null, end: null });
    expect([...DATED_RELATIONSHIP_TYPES].sort()).toEqual(
      ['COOPERATES_WITH', 'KNOWS', 'MEMBER_OF', 'MEMBER_OF_NETWORK'].sort(),
    );
  });

  it('takes at most one begin and one end per type, each a date property of that type', () => {
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const properties: PropertySpecs = RELATIONSHIP_TYPES[type].properties;
      expect(periodProperties(properties, 'begin').length, type).toBeLessThanOrEqual(1);
      expect(periodProperties(properties, 'end').length, type).toBeLessThanOrEqual(1);
      const { begin, end } = RELATIONSHIP_PERIODS[type];
      for (const key of [begin, end]) {
        if (key !== null) expect(properties[key]?.type, `${type}.${key}`).toBe('date');
      }
    }
  });
});
