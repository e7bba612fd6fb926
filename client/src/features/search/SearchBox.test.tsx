import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { SearchBox } from './SearchBox';
import { SEARCH_BOX, SUGGESTION_COUNT } from './search.query';

const hits = [
  {
    id: 'ins-88',
    name: 'Marie-Curie-Grundschule Görlitz',
    label: 'Institution',
    sector: 'education',
  },
  { id: 'reg-14626', name: 'Landkreis Görlitz', label: 'Region', sector: null },
].map((node) => ({ node: { __typename: 'GraphNode', ...node }, __typename: 'SearchEdge' }));

const mocks = [
  {
    request: { query: SEARCH_BOX, variables: { text: 'Görlitz', first: SUGGESTION_COUNT } },
    result: { data: { search: { __typename: 'SearchConnection', edges: hits } } },
  },
];

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('SearchBox', () => {
  it('offers debounced suggestions as a combobox and picks one with the keyboard', async () => {
    const onPick = vi.fn();
    render(
      <MockedProvider mocks={mocks}>
        <SearchBox onPick={onPick} />
      </MockedProvider>,
    );
    const box = screen.getByRole('combobox', { name: /suchen/ });
    fireEvent.change(box, { target: { value: 'Görlitz' } });
    const options = await screen.findAllByRole('option', {}, { timeout: 2000 });
    expect(options.map((option) => option.textContent)).toEqual([
      'Marie-Curie-Grundschule GörlitzOrganisation · Bildung',
      'Landkreis GörlitzRegion',
    ]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'reg-14626' }));
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});
