import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { ClusterCard } from './ClusterCard';
import type { ClusterData } from './clusters.fragment';

const cluster: ClusterData = {
  id: 0,
  size: 7,
  regionCount: 1,
  memberIds: ['ins-1', 'ins-2', 'ins-3', 'ins-4', 'ins-5', 'ins-6', 'ins-7'],
  topMembers: [
    { id: 'ins-3', name: 'Solarverein Zittau' },
    { id: 'ins-1', name: 'Stadtwerke Görlitz' },
    { id: 'ins-5', name: 'Oberschule Löbau' },
  ],
  explanationDe: '',
  reasons: [],
  themes: [],
  sectors: [],
  regions: [],
};

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('ClusterCard', () => {
  // Issue 12: cluster cards named no member, so nobody could tell whom a cluster was about.
  it('names the most connected members and how many more there are', () => {
    render(<ClusterCard cluster={cluster} index={0} names={new Map()} />);
    expect(screen.getByText('Wer dazugehört (am stärksten vernetzt)')).toBeDefined();
    expect(
      screen.getByText(/^Solarverein Zittau, Stadtwerke Görlitz, Oberschule Löbau/).textContent,
    ).toBe('Solarverein Zittau, Stadtwerke Görlitz, Oberschule Löbau und 4 weitere');
  });
});
