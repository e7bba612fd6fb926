import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { BrokerList } from './BrokerList';
import type { BrokerData } from './brokers.fragment';

const broker: BrokerData = {
  node: { id: 'ins-1', name: 'Solarverein Zittau', sector: 'civil_society' },
  betweenness: 0.25,
  constraint: 0.4,
  effectiveSize: 3.5,
  degree: 5,
  explanationDe: 'Verbindet Bildung und Wirtschaft.',
  reasons: [],
  bridges: [{ sectors: ['education', 'business'], openPairs: 3 }],
};

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('BrokerList', () => {
  // Issue 12: "Betweenness" and "Constraint" were shown as they are, English jargon in a German view.
  it('names the figures in plain German, the technical term in a tooltip', () => {
    render(<BrokerList brokers={[broker]} />);
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual([
      'Brückenposition',
      'Eingebundenheit',
      'Eigene Kontaktkreise',
      'Kontakte',
    ]);
    expect(screen.getByText('Brückenposition').getAttribute('title')).toBe(
      'Fachbegriff: Betweenness-Zentralität',
    );
    expect(document.body.textContent).not.toMatch(/Betweenness|Constraint/);
    expect(screen.getByText('0,25')).toBeDefined();
  });
});
