/**
 * The map's date (`date=`, "Stand am") is carried into the analyses reached from the map with its filters:
 * gaps and suggestions, clusters and brokers ask for that day (`asOf`), show the date and can clear it.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { DocumentNode } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../../lib/i18n';
import { BROKERS_VIEW } from './brokers.query';
import { BrokersRoute } from './BrokersRoute';
import { CLUSTERS_VIEW } from './clusters.query';
import { ClustersRoute } from './ClustersRoute';
import { GAPS_VIEW } from './gaps.query';
import { GapsRoute } from './GapsRoute';
import { capture, params, renderAt } from '../../../../test-support/routeHarness';

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

const VIEWS: readonly [string, string, DocumentNode, ReactNode][] = [
  ['Vernetzungslücken', '/luecken', GAPS_VIEW, <GapsRoute />],
  ['Themencluster', '/cluster', CLUSTERS_VIEW, <ClustersRoute />],
  ['Brückenbauer:innen', '/brueckenbauer', BROKERS_VIEW, <BrokersRoute />],
];

describe('Stand am in the analyses', () => {
  it.each(VIEWS)('%s asks as of the date in the URL', async (_name, path, query, route) => {
    const view = capture(query);
    renderAt(`${path}?region=reg-14626&date=2016-01-01`, route, [view.mock]);
    expect(screen.getByLabelText<HTMLInputElement>('Stand am').value).toBe('01.01.2016');
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ asOf: '2016-01-01' }));
    fireEvent.click(screen.getByRole('button', { name: 'Datum löschen' }));
    expect(window.location.search).toBe('?region=reg-14626');
    // No date: the API's default, today.
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ asOf: null }));
  });

  it('sets a date in a view with Enter and keeps the other choices', async () => {
    const view = capture(GAPS_VIEW);
    renderAt('/luecken?region=reg-14626', <GapsRoute />, [view.mock]);
    const field = screen.getByLabelText('Stand am');
    fireEvent.change(field, { target: { value: '30.06.2020' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(params().get('date')).toBe('2020-06-30');
    expect(params().get('region')).toBe('reg-14626');
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ asOf: '2020-06-30' }));
  });
});
