import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, decodeState, encodeState, layoutChange, layoutOf } from './urlState';
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
    activeOn: '2020-06-30',
  },
  actor: 'per-000001',
  point: { latitude: 51.05, longitude: 13.74 },
  radiusKm: 25,
  since: '2025-01-01',
  sort: 'actorsPer10k:desc',
  level: 'municipality',
  clusterMode: 'themes',
  graph: 'social',
  origin: 'point',
  applicant: 'institution',
  metric: 'density',
  gapCell: ['business', 'education'],
  queueScope: 'all',
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
        '&kind=Institution,Person&rel=COOPERATES_WITH,KNOWS&date=2020-06-30' +
        '&actor=per-000001&at=51.05,13.74&radius=25&since=2025-01-01&sort=actorsPer10k:desc' +
        '&level=municipality&mode=themes&graph=social&from=point&for=institution' +
        '&metric=density&cell=business,education&scope=all',
    );
    expect(decodeState(`?${search}`)).toEqual(full);
  });

  it('ignores unknown and malformed values', () => {
    const state = decodeState(
      'focus=ins-1,<script>,ins-1&depth=9&layout=spiral&sector=business,pirates&rel=LOVES&kind=Alien',
    );
    expect(state.focus).toEqual(['ins-1']);
    expect(state.depth).toBe(1);
    expect(state.layout).toBeNull();
    expect(layoutOf(state)).toBe('fcose');
    expect(state.filters.sectors).toEqual(['business']);
    expect(state.filters.relationshipTypes).toEqual([]);
    expect(state.filters.labels).toEqual([]);
  });

  it('keeps the map date only when it is a real day', () => {
    expect(decodeState('date=2016-01-01').filters.activeOn).toBe('2016-01-01');
    expect(encodeState(decodeState('date=2016-01-01'))).toBe('date=2016-01-01');
    // The API rejects days that do not exist; a link with one opens the map without a date.
    for (const bad of ['2023-02-30', '2016-1-1', '01.01.2016', '2016-01-01T00:00', ''])
      expect(decodeState(`date=${bad}`).filters.activeOn).toBeNull();
    expect(decodeState('since=2023-02-29').since).toBeNull();
    expect(decodeState('since=2024-02-29').since).toBe('2024-02-29');
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

  it('checks the view choices against their closed lists and leaves defaults out', () => {
    const bad = decodeState('level=county&mode=vibes&graph=all&from=moon&for=everyone');
    expect([bad.level, bad.clusterMode, bad.graph, bad.origin, bad.applicant]).toEqual([
      'district',
      'cooperation',
      'cooperation',
      null,
      null,
    ]);
    const defaults = decodeState('level=district&mode=cooperation&graph=cooperation');
    expect(encodeState(defaults)).toBe('');
    // An explicit origin or applicant stays, even the one the view would infer: it is what the user chose.
    expect(encodeState({ ...INITIAL_STATE, origin: 'region', applicant: 'region' })).toBe(
      'from=region&for=region',
    );
  });

  it('keeps the map column and the open gap cell only when they are valid', () => {
    expect(decodeState('metric=newTies').metric).toBe('newTies');
    expect(decodeState('metric=beauty').metric).toBe('actorsPer10k');
    expect(encodeState(decodeState('metric=actorsPer10k'))).toBe('');
    expect(decodeState('cell=religion,religion').gapCell).toEqual(['religion', 'religion']);
    for (const bad of ['business', 'business,pirates', 'business,education,science', ''])
      expect(decodeState(`cell=${bad}`).gapCell).toBeNull();
  });

  it('keeps a layout only when it differs from the view’s default', () => {
    expect(layoutChange('fcose')).toEqual({ layout: null });
    expect(layoutChange('geo')).toEqual({ layout: 'geo' });
    expect(layoutChange('geo', 'geo')).toEqual({ layout: null });
    expect(layoutChange('fcose', 'geo')).toEqual({ layout: 'fcose' });
    const allies = decodeState('layout=fcose');
    expect(layoutOf(allies, 'geo')).toBe('fcose');
    expect(layoutOf(INITIAL_STATE, 'geo')).toBe('geo');
  });
});
