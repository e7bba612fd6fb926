/**
 * The view choices round-trip through the URL: a permalink opens the view with the choice made (and the query
 * asks for it), and changing the choice rewrites the URL (defaults left out).
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../../lib/i18n';
import { ALLIES_VIEW } from './allies.query';
import { AlliesRoute } from './AlliesRoute';
import { BROKERS_VIEW } from './brokers.query';
import { BrokersRoute } from './BrokersRoute';
import { CLUSTERS_VIEW } from './clusters.query';
import { ClustersRoute } from './ClustersRoute';
import { FUNDING_VIEW } from './funding.query';
import { FundingRoute } from './FundingRoute';
import { capture, params, renderAt } from '../../../../test-support/routeHarness';

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('view choices in the URL', () => {
  it('Themencluster: mode=themes builds clusters from shared themes', async () => {
    const view = capture(CLUSTERS_VIEW);
    renderAt('/cluster?mode=themes&region=reg-14626', <ClustersRoute />, [view.mock]);
    expect(radio('gemeinsamen Themen').checked).toBe(true);
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ mode: 'themes' }));
    fireEvent.click(radio('Kooperationen'));
    expect(window.location.search).toBe('?region=reg-14626');
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ mode: 'cooperation' }));
  });

  it('Brückenbauer:innen: graph=social analyses all social ties', async () => {
    const view = capture(BROKERS_VIEW);
    renderAt('/brueckenbauer', <BrokersRoute />, [view.mock]);
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ network: 'cooperation' }));
    fireEvent.click(radio('Soziales Netzwerk (mit Personen)'));
    expect(params().get('graph')).toBe('social');
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ network: 'social' }));
  });

  it('Förderprogramme: for=region wins over a named actor, for=institution asks for it', async () => {
    const view = capture(FUNDING_VIEW);
    renderAt('/foerderprogramme?actor=ins-000001&for=region', <FundingRoute />, [view.mock]);
    expect(radio('Eine Region').checked).toBe(true);
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ institutionId: null }));
    fireEvent.click(radio('Eine Organisation (Suche)'));
    expect(params().get('for')).toBe('institution');
    await waitFor(() => expect(view.calls.at(-1)).toMatchObject({ institutionId: 'ins-000001' }));
  });

  it('Verbündete: from=region keeps the region as origin although an actor is named', async () => {
    const view = capture(ALLIES_VIEW);
    renderAt('/verbuendete?actor=per-000001&region=reg-14612000&from=region', <AlliesRoute />, [
      view.mock,
    ]);
    expect(radio('Eine Gemeinde').checked).toBe(true);
    await waitFor(() =>
      expect(view.calls.at(-1)).toMatchObject({ actorId: null, regionId: 'reg-14612000' }),
    );
    fireEvent.click(radio('Ein Punkt'));
    // Choosing a point starts from the coordinates the form shows.
    expect(params().get('from')).toBe('point');
    expect(params().get('at')).toBe('51.0509,13.7383');
  });
});
