import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { NetworkLinkList } from './NetworkLinkList';
import type { NetworkLinkData, NetworkSummaryData } from './networks.fragment';
import { NetworkTable } from './NetworkTable';

const dresden = { id: 'net-1', name: 'Netzwerk Dresden' };
const goerlitz = { id: 'net-2', name: 'Netzwerk Görlitz' };
const networks: NetworkSummaryData[] = [
  { members: 12, topicIds: ['top-energy'], node: dresden },
  { members: 3, topicIds: [], node: goerlitz },
];
const link: NetworkLinkData = {
  a: dresden,
  b: goerlitz,
  weight: 2.5,
  sharedMemberIds: ['per-1'],
  sharedTopicIds: ['top-energy'],
  goodPracticeProjectIds: [],
  explanationDe: 'Beide teilen ein Mitglied.',
  reasons: [],
};
const names = new Map([['top-energy', 'Energie']]);

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('NetworkTable', () => {
  it('lists members, links and themes and marks the selected network', () => {
    render(
      <NetworkTable
        networks={networks}
        names={names}
        linkCounts={new Map([['net-1', 1]])}
        selectedId="net-2"
        onSelect={() => {}}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Netzwerk DresdenThemen: Energie121',
      'Netzwerk Görlitz30',
    ]);
    expect(rows[1]?.hasAttribute('data-selected')).toBe(true);
    expect(
      screen.getByRole('button', { name: 'Netzwerk Görlitz' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('selects a network, and choosing the selected one again clears the selection', () => {
    const onSelect = vi.fn();
    const table = (selectedId: string | null) => (
      <NetworkTable
        networks={networks}
        names={names}
        linkCounts={new Map()}
        selectedId={selectedId}
        onSelect={onSelect}
      />
    );
    const { rerender } = render(table(null));
    fireEvent.click(screen.getByRole('button', { name: 'Netzwerk Dresden' }));
    rerender(table('net-1'));
    fireEvent.click(screen.getByRole('button', { name: 'Netzwerk Dresden' }));
    expect(onSelect.mock.calls).toEqual([['net-1'], [null]]);
  });
});

describe('NetworkLinkList', () => {
  it('names both networks as buttons that select them, with the counts and the reason', () => {
    const onSelect = vi.fn();
    render(<NetworkLinkList links={[link]} names={names} selectedId="net-1" onSelect={onSelect} />);
    expect(
      screen.getByRole('button', { name: 'Netzwerk Dresden' }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Netzwerk Görlitz' }));
    expect(onSelect).toHaveBeenCalledWith('net-2');
    expect(screen.getByRole('listitem').textContent).toContain(
      '1 gemeinsame Mitglieder · 1 gemeinsame Themen · 0 Good-Practice-Projekte',
    );
  });
});
