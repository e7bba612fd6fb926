import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { NodeTable } from './NodeTable';
import type { NodeTableNode } from './NodeTable';

const nodes: NodeTableNode[] = [
  { id: 'per-1', name: 'Anna Öztürk', label: 'Person', sector: null },
  { id: 'ins-1', name: 'Bürgerenergie Görlitz eG', label: 'Institution', sector: 'business' },
];
const degrees = new Map([
  ['per-1', 1],
  ['ins-1', 1234],
]);

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('NodeTable', () => {
  it('lists the nodes by degree with German kinds and numbers, marking the selection', () => {
    render(<NodeTable nodes={nodes} degrees={degrees} selectedId="per-1" onSelect={() => {}} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toBe('Bürgerenergie Görlitz eGOrganisationWirtschaft1.234');
    expect(rows[1]?.querySelector('button')?.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading').textContent).toBe('2 Knoten in der Ansicht');
  });

  it('reports the chosen row', () => {
    const onSelect = vi.fn();
    render(<NodeTable nodes={nodes} degrees={degrees} selectedId={null} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Anna Öztürk' }));
    expect(onSelect).toHaveBeenCalledWith('per-1');
  });
});
