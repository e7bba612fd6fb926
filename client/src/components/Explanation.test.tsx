import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../lib/i18n';
import { Explanation } from './Explanation';

const i18n = setupI18n('de');
const explanationDe = 'Beide arbeiten zu Fairer Handel, 4,8 km entfernt.';
const reasons = [
  { kind: 'sharedTopics', topicIds: ['top-fair_trade'] },
  { kind: 'distance', km: 4.767 },
] as const;

afterEach(cleanup);
afterAll(() => i18n.changeLanguage('de'));

describe('Explanation', () => {
  beforeAll(() => i18n.changeLanguage('de'));

  it('shows the server’s German sentence', () => {
    render(<Explanation reasons={reasons} explanationDe={explanationDe} />);
    expect(screen.getByText(explanationDe)).toBeTruthy();
  });

  it('words the reasons in English, with graph-schema’s topic names', async () => {
    await i18n.changeLanguage('en');
    render(<Explanation reasons={reasons} explanationDe={explanationDe} />);
    expect(screen.getByText('Both work on Fair trade, 4.8 km away.').getAttribute('lang')).toBe(
      'en',
    );
  });

  it('falls back to German when a reason lacks the fields of its kind', async () => {
    await i18n.changeLanguage('en');
    render(<Explanation reasons={[{ kind: 'distance' }]} explanationDe={explanationDe} />);
    expect(screen.getByText(explanationDe)).toBeTruthy();
  });
});
