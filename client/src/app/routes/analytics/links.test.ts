import { describe, expect, it } from 'vitest';
import { decodeState } from '../../urlState';
import { mapFocusHref, regionMapHref } from './links';

describe('map links', () => {
  it('focus the map on both nodes with depth 1', () => {
    const href = mapFocusHref(['ins-000115', 'ins-000131']);
    expect(href).toBe('/?focus=ins-000115,ins-000131&depth=1');
    const state = decodeState(href.slice(1));
    expect(state.focus).toEqual(['ins-000115', 'ins-000131']);
    expect(state.depth).toBe(1);
  });
  it('keep the day a view was computed for', () => {
    const href = mapFocusHref(['ins-000115', 'ins-000131'], '2016-01-01');
    expect(href).toBe('/?focus=ins-000115,ins-000131&date=2016-01-01&depth=1');
    expect(decodeState(href.slice(1)).filters.activeOn).toBe('2016-01-01');
  });
  it('open the map of a region', () => {
    expect(regionMapHref('reg-14626')).toBe('/?region=reg-14626');
  });
});
