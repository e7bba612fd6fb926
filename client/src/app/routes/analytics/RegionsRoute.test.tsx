import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../../lib/i18n';
import { REGIONS_VIEW } from './regions.query';
import { RegionsRoute } from './RegionsRoute';
import { params, renderAt } from '../../../../test-support/routeHarness';

const figures = {
  __typename: 'RegionFigures',
  actors: 10,
  institutions: 8,
  population: 1000,
  actorsPer10k: 100,
  ties: 4,
  internalTies: 2,
  crossSectorTies: 1,
  crossSectorShare: 0.25,
  density: 0.1,
  newTies: 0,
  newCrossSectorTies: 0,
};
const row = (id: string, name: string, level: string) => ({
  ...figures,
  __typename: 'RegionRow',
  region: { __typename: 'GraphNode', id, name },
  level,
  urban: false,
});
const REGIONS = {
  request: { query: REGIONS_VIEW, variables: { since: null } },
  result: {
    data: {
      regionComparison: {
        __typename: 'RegionComparison',
        actors: 10,
        truncated: false,
        urban: figures,
        rural: figures,
        regions: [
          row('reg-14626', 'Landkreis Görlitz', 'district'),
          row('reg-14626110', 'Görlitz', 'municipality'),
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('Regionen: the region level lives in the URL', () => {
  it('shows municipalities for level=municipality and writes the choice back', async () => {
    renderAt('/regionen?level=municipality', <RegionsRoute />, [REGIONS]);
    expect(await screen.findByRole('rowheader', { name: 'Görlitz' })).toBeTruthy();
    expect(rowNames()).toEqual(['Görlitz']);
    expect(screen.getByRole('radio', { name: 'Gemeinden' })).toHaveProperty('checked', true);

    fireEvent.click(screen.getByRole('radio', { name: 'Landkreise und kreisfreie Städte' }));
    expect(params().get('level')).toBeNull();
    expect(await screen.findByRole('rowheader', { name: 'Landkreis Görlitz' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Gemeinden' }));
    expect(window.location.search).toBe('?level=municipality');
  });

  it('falls back to districts for an unknown level', async () => {
    renderAt('/regionen?level=county', <RegionsRoute />, [REGIONS]);
    expect(await screen.findByRole('rowheader', { name: 'Landkreis Görlitz' })).toBeTruthy();
    expect(rowNames()).toEqual(['Landkreis Görlitz']);
  });
});
