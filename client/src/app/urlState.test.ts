import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, decodeState, encodeState } from './urlState';
import type { ExplorerState } from './urlState';

const full: ExplorerState = {
  focus: ['ins-000088', 'per-000001'],
  expand: ['ins-000151'],
  depth: 2,
  layout: 'geo',
  selected: 'ins-000151',
  filters: {
    regionId: 'reg-14626',
    sectors: ['business', 'education'],
    topicId: 'top-energy_climate',
    networkId: 'net-000008',
    labels: ['Institution', 'Person'],
    relationshipTypes: ['COOPERATES_WITH', 'KNOWS'],
  },
  actor: 'per-000001',
  point: { latitude: 51.05, longitude: 13.74 },
  radiusKm: 25,
  since: '2025-01-01',
  sort: 'actorsPer10k:desc',
};

describe('URL state', () => {
  it('leaves defaults out of the URL', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it('round-trips every field in a readable, stable form', () => {
    const search = encodeState(full);
    expect(search).toBe(
      'focus=ins-000088,per-000001&expand=ins-000151&depth=2&layout=geo&sel=ins-000151' +
        '&region=reg-14626&sector=business,education&topic=top-energy_climate&network=net-000008' +
        '&kind=Institution,Person&rel=COOPERATES_WITH,KNOWS' +
        '&actor=per-000001&at=51.05,13.74&radius=25&since=2025-01-01&sort=actorsPer10k:desc',
    );
    expect(decodeState(`?${search}`)).toEqual(full);
  });

  it('ignores unknown and malformed values', () => {
    const state = decodeState(
      'focus=ins-1,<script>,ins-1&depth=9&layout=spiral&sector=business,pirates&rel=LOVES&kind=Alien',
    );
    expect(state.focus).toEqual(['ins-1']);
    expect(state.depth).toBe(1);
    expect(state.layout).toBe('fcose');
    expect(state.filters.sectors).toEqual(['business']);
    expect(state.filters.relationshipTypes).toEqual([]);
    expect(state.filters.labels).toEqual([]);
  });

  it('decodes encoded commas too', () => {
    expect(decodeState('focus=ins-1%2Cins-2').focus).toEqual(['ins-1', 'ins-2']);
  });

  it('checks the analytics parameters: radius 1–100 km, ISO dates, coordinates, sort keys', () => {
    const bad = decodeState('radius=0&since=2025-13-45&at=91,13&sort=a;b:up&actor=<x>');
    expect([bad.radiusKm, bad.since, bad.point, bad.sort, bad.actor]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(decodeState('radius=100').radiusKm).toBe(100);
    expect(decodeState('radius=101').radiusKm).toBeNull();
    expect(decodeState('radius=2.5').radiusKm).toBeNull();
    expect(decodeState('at=51.1').point).toBeNull();
    expect(decodeState('at=51.1,14.2,3').point).toBeNull();
    expect(decodeState('at=-51.1,14.2').point).toEqual({ latitude: -51.1, longitude: 14.2 });
    expect(decodeState('sort=density:asc').sort).toBe('density:asc');
  });
});
