import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { StatsSummary } from './StatsSummary';

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('StatsSummary', () => {
  it('shows counts under German names and switches to English', async () => {
    const i18n = setupI18n();
    await i18n.changeLanguage('de');
    const stats = {
      nodes: [
        { label: 'Person', count: 1234 },
        { label: 'Institution', count: 56 },
      ],
      relationships: [{ type: 'COOPERATES_WITH', count: 7 }],
    } as const;
    const { rerender } = render(<StatsSummary stats={stats} />);
    expect(screen.getByText('Akteur:innen').nextSibling?.textContent).toBe('1.234');
    expect(screen.getByText('Kooperationen').nextSibling?.textContent).toBe('7');
    expect(screen.getByText('Förderprogramme').nextSibling?.textContent).toBe('0');
    await i18n.changeLanguage('en');
    rerender(<StatsSummary stats={stats} />);
    expect(screen.getByText('Actors').nextSibling?.textContent).toBe('1,234');
    await i18n.changeLanguage('de');
  });
});
