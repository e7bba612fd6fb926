import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  countActiveFilters,
  toNeighbourhoodVariables,
  toNodeFilter,
  toOverviewSearchVariables,
} from './filters';
import type { MapFilters } from './filters';

const filters: MapFilters = {
  regionId: 'reg-14626',
  sectors: ['business', 'education'],
  topicId: 'top-energy_climate',
  networkId: 'net-000008',
  labels: ['Institution'],
  relationshipTypes: ['COOPERATES_WITH'],
  activeOn: '2020-06-30',
};

describe('filters → query variables', () => {
  it('maps no filters to no NodeFilter and all relationship types', () => {
    expect(toNodeFilter(NO_FILTERS)).toBeNull();
    expect(toNeighbourhoodVariables(NO_FILTERS, ['ins-1'], 2, 500)).toEqual({
      ids: ['ins-1'],
      depth: 2,
      limit: 500,
      filter: null,
      relationshipTypes: null,
      activeOn: null,
    });
    expect(countActiveFilters(NO_FILTERS)).toBe(0);
    expect(
      toNeighbourhoodVariables(NO_FILTERS, ['ins-1'], 1, 500, ['KNOWS']).relationshipTypes,
    ).toEqual(['KNOWS']);
  });

  it('maps every filter to its NodeFilter field', () => {
    expect(toNodeFilter(filters)).toEqual({
      regionId: 'reg-14626',
      sectors: ['business', 'education'],
      topicIds: ['top-energy_climate'],
      networkId: 'net-000008',
      labels: ['Institution'],
    });
    expect(toNeighbourhoodVariables(filters, ['ins-1'], 1, 300, ['KNOWS'])).toMatchObject({
      relationshipTypes: ['COOPERATES_WITH'],
      activeOn: '2020-06-30',
    });
    expect(countActiveFilters(filters)).toBe(7);
  });

  it('passes the date as activeOn and leaves it out of the node filter', () => {
    const dated = { ...NO_FILTERS, activeOn: '2016-01-01' };
    expect(toNodeFilter(dated)).toBeNull();
    expect(toNeighbourhoodVariables(dated, ['ins-1'], 1, 500).activeOn).toBe('2016-01-01');
    expect(toOverviewSearchVariables(dated, 100).filter).toEqual({
      labels: ['Institution', 'Person'],
    });
    expect(countActiveFilters(dated)).toBe(1);
  });

  it('starts an overview from the actors unless labels are chosen', () => {
    expect(toOverviewSearchVariables({ ...NO_FILTERS, regionId: 'reg-14' }, 100)).toEqual({
      text: '',
      first: 100,
      filter: { regionId: 'reg-14', labels: ['Institution', 'Person'] },
    });
    expect(toOverviewSearchVariables(filters, 50).filter.labels).toEqual(['Institution']);
  });
});
