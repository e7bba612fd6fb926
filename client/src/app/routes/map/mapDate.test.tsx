/**
 * The map's date filter end to end below the canvas: the field in the filter panel writes `date` into the URL,
 * and the URL's date reaches every neighbourhood query of the map as `activeOn`. MapRoute itself draws with
 * cytoscape, which needs a real canvas (see e2e/), so this composes the same pieces it does: the URL state,
 * FilterPanel and useMapGraph, with the error display.
 */
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { DATE_APPLY_DELAY_MS } from '../../../features/filters/DateFilter';
import { FilterPanel } from '../../../features/filters/FilterPanel';
import { setupI18n } from '../../../lib/i18n';
import { useExplorerState } from '../../useExplorerState';
import { MAP_GRAPH, MAP_OVERVIEW_START } from './map.queries';
import { useMapGraph } from './useMapGraph';

function MapFilters() {
  const [state, update] = useExplorerState();
  const { error } = useMapGraph(state);
  return (
    <>
      <FilterPanel
        filters={state.filters}
        options={undefined}
        onChange={(filters) => update({ filters, selected: null })}
      />
      {error && <ErrorMessage error={error} />}
    </>
  );
}

/** Records the variables of every map graph request and answers with `result` (default: an error). */
function mapGraph(result: MockedResponse['result'] = { errors: [new GraphQLError('no server')] }) {
  const calls: Record<string, unknown>[] = [];
  const mock: MockedResponse = {
    request: {
      query: MAP_GRAPH,
      variables: (variables: Record<string, unknown>) => calls.push(variables) > 0,
    },
    result,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return { calls, mock };
}

const overviewStart: MockedResponse = {
  request: { query: MAP_OVERVIEW_START, variables: () => true },
  result: {
    data: {
      search: {
        __typename: 'SearchConnection',
        edges: [{ __typename: 'SearchEdge', node: { __typename: 'GraphNode', id: 'ins-000001' } }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderAt(search: string, mocks: readonly MockedResponse[]) {
  window.history.replaceState(null, '', `/${search}`);
  render(
    <MockedProvider mocks={[overviewStart, ...mocks]} showWarnings={false}>
      <MapFilters />
    </MockedProvider>,
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Stand am');
const params = () => new URLSearchParams(window.location.search);

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('Stand am: the map date', () => {
  it('passes the URL date as activeOn to the focus and the expand query', async () => {
    const graph = mapGraph();
    renderAt('?focus=ins-000088&expand=ins-000151&depth=2&date=2016-01-01', [graph.mock]);
    expect(field().value).toBe('01.01.2016');
    await waitFor(() =>
      expect(graph.calls).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ ids: ['ins-000088'], depth: 2, activeOn: '2016-01-01' }),
          expect.objectContaining({ ids: ['ins-000151'], depth: 1, activeOn: '2016-01-01' }),
        ]),
      ),
    );
  });

  it('applies a typed date after a pause, writes it into the URL and asks for it', async () => {
    const graph = mapGraph();
    renderAt('', [graph.mock]);
    await waitFor(() => expect(graph.calls.at(-1)).toMatchObject({ activeOn: null }));
    fireEvent.change(field(), { target: { value: '01.01.2016' } });
    // Not at once: a date typed digit by digit passes through days nobody meant.
    expect(params().get('date')).toBeNull();
    await waitFor(() => expect(params().get('date')).toBe('2016-01-01'), {
      timeout: DATE_APPLY_DELAY_MS * 3,
    });
    await waitFor(() =>
      expect(graph.calls.at(-1)).toMatchObject({ ids: ['ins-000001'], activeOn: '2016-01-01' }),
    );
    expect(screen.getByRole('button', { name: '1 Filter zurücksetzen' })).toBeTruthy();
  });

  it('applies at once on Enter, clears with the button and follows back/forward', async () => {
    renderAt('?focus=ins-000088', [mapGraph().mock]);
    fireEvent.change(field(), { target: { value: '30.06.2020' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(params().get('date')).toBe('2020-06-30');
    fireEvent.click(screen.getByRole('button', { name: 'Datum löschen' }));
    expect(params().get('date')).toBeNull();
    expect(field().value).toBe('');
    expect(document.activeElement).toBe(field());
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(field().value).toBe('30.06.2020'));
  });

  it('shows an API refusal through the error display', async () => {
    const refusal = new GraphQLError('activeOn must be a calendar date YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'activeOn', message: 'bad' }] },
    });
    renderAt('?focus=ins-000088&date=2016-01-01', [mapGraph({ errors: [refusal] }).mock]);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Einige Angaben sind ungültig. Bitte prüfen Sie die markierten Felder.',
    );
  });
});
