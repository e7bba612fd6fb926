import { describe, expect, it } from 'vitest';
import { withSecrets } from '../../../test-support/analyses/withheld-ties.js';
import { buildSnapshot, locationOf } from './snapshot.js';

describe('buildSnapshot', () => {
  it('expands sub-topics to key themes via the reference tree when PART_OF is missing', () => {
    const snapshot = buildSnapshot(withSecrets());
    expect(snapshot.themesOf.get('a')).toEqual(['top-citizen_energy', 'top-energy_climate']);
  });

  it('drops relationships that leave the snapshot and filters cooperations by date', () => {
    const snapshot = buildSnapshot(withSecrets());
    expect(snapshot.cooperations.map((c) => [c.a, c.b])).toEqual([['a', 'b']]);
    expect(buildSnapshot(withSecrets(), { asOf: '2022-01-01' }).activeCooperations).toEqual([]);
    expect(buildSnapshot(withSecrets(), { asOf: '2020-06-01' }).activeCooperations).toHaveLength(1);
  });

  it('places actors without a location at their region', () => {
    const snapshot = buildSnapshot(withSecrets());
    expect(locationOf(snapshot, 'a')).toEqual({ latitude: 50.96, longitude: 13.94 });
    expect(locationOf(snapshot, 'b')).toEqual({ latitude: 51, longitude: 13.9 });
  });
});
