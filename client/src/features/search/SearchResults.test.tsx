import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { SearchResults } from './SearchResults';
import type { SearchResultItemNode } from './SearchResults';

const nodes: SearchResultItemNode[] = [
  { id: 'ins-1', name: 'Bürgerenergie Görlitz eG', label: 'Institution', sector: 'business' },
  { id: 'per-1', name: 'Anna Öztürk', label: 'Person', sector: null },
];

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('SearchResults', () => {
  it('lists hits with kind and sector in German and reports the chosen one', () => {
    const onSelect = vi.fn();
    render(<SearchResults nodes={nodes} selectedId="per-1" onSelect={onSelect} />);
    const list = screen.getByRole('list', { name: 'Suchergebnisse' });
    expect(list.textContent).toContain('Organisation · Wirtschaft');
    expect(list.textContent).toContain('Akteur:in');
    expect(screen.getByRole('button', { name: /Anna Öztürk/ }).getAttribute('aria-current')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: /Bürgerenergie/ }));
    expect(onSelect).toHaveBeenCalledWith('ins-1');
  });

  it('moves focus between hits with the arrow keys', () => {
    render(<SearchResults nodes={nodes} selectedId={null} onSelect={() => undefined} />);
    const [first, second] = screen.getAllByRole('button');
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
  });

  it('says so when nothing was found', () => {
    render(<SearchResults nodes={[]} selectedId={null} onSelect={() => undefined} />);
    expect(screen.getByText('Keine Treffer.')).toBeTruthy();
  });
});
