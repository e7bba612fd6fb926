import BORDERS from '../../../../../seed/data/saxony-borders.topo.json?raw';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BORDERS_URL } from '../../../lib/borders';
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

/** The committed borders, served for the asset's URL as the server serves them; no other request is answered. */
beforeAll(() => {
  setupI18n('de');
  vi.stubGlobal('fetch', (url: string) =>
    String(url).endsWith(BORDERS_URL)
      ? Promise.resolve(new Response(BORDERS, { headers: { 'Content-Type': 'application/json' } }))
      : Promise.reject(new Error(`no network in tests: ${String(url)}`)),
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(cleanup);

const area = (ags: string) =>
  document.querySelector(`[data-testid="region-choropleth"] path[data-ags="${ags}"]`);

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

describe('Regionen: the choropleth', () => {
  it('fills the districts with data and leaves the others grey, municipalities likewise', async () => {
    renderAt('/regionen', <RegionsRoute />, [REGIONS]);
    await waitFor(() => expect(document.querySelectorAll('[data-ags]').length).toBe(13));
    expect(area('14626')?.getAttribute('data-colour')).not.toBe('#e4e4e4');
    expect(area('14612')?.getAttribute('data-colour')).toBe('#e4e4e4');
    expect(area('14626')?.closest('a')?.getAttribute('href')).toContain('reg-14626');
    fireEvent.click(screen.getByRole('radio', { name: 'Gemeinden' }));
    await waitFor(() =>
      expect(document.querySelectorAll('[data-ags]').length).toBeGreaterThan(400),
    );
    expect(area('14626110')?.getAttribute('data-colour')).not.toBe('#e4e4e4');
  });
});
