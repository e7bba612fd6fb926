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
        '&kind=Institution,Person&rel=COOPERATES_WITH,KNOWS',
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
});
