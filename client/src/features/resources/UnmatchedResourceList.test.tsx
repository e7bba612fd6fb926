import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import type { UnmatchedResourceData } from './resources.fragment';
import { UnmatchedResourceList } from './UnmatchedResourceList';

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

const need: UnmatchedResourceData = {
  kind: 'know_how',
  resource: { id: 'res-1', name: 'Beratung Wärmepumpe' },
  owner: { id: 'ins-1', name: 'Energieverein Görlitz' },
};

describe('UnmatchedResourceList', () => {
  it('names the needs nothing meets in German and in English, with how many are not shown', async () => {
    const i18n = setupI18n();
    await i18n.changeLanguage('de');
    const { rerender } = render(<UnmatchedResourceList side="needs" items={[need]} count={1200} />);
    expect(screen.getByRole('heading').textContent).toBe('Bedarfe ohne passendes Angebot (1.200)');
    expect(screen.getByRole('listitem').textContent).toBe(
      'Know-how: Beratung Wärmepumpe – Energieverein Görlitz',
    );
    expect(screen.getByText('1 von 1.200 gezeigt.')).toBeTruthy();
    await i18n.changeLanguage('en');
    rerender(<UnmatchedResourceList side="needs" items={[need]} count={1200} />);
    expect(screen.getByRole('heading').textContent).toBe('Needs without a matching offer (1,200)');
    expect(screen.getByText('1 of 1,200 shown.')).toBeTruthy();
    await i18n.changeLanguage('de');
  });

  it('says plainly when every offer meets a need', () => {
    render(<UnmatchedResourceList side="offers" items={[]} count={0} />);
    expect(screen.getByRole('heading').textContent).toBe('Angebote ohne passenden Bedarf (0)');
    expect(
      screen.getByText('Jedes Angebot der Region passt zu einem Bedarf in dieser Entfernung.'),
    ).toBeTruthy();
  });
});
