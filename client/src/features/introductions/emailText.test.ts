import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { introductionEmail, mailtoHref } from './emailText';

describe('introduction e-mail', () => {
  it('names both actors in German and English and encodes a mailto link', async () => {
    const i18n = setupI18n('de');
    const pair = { fromName: 'Bürgerenergie Görlitz eG', toName: 'Grüne Liga & Co' };
    const de = introductionEmail(i18n.t, pair);
    expect(de.subject).toBe('Kennenlernen: Bürgerenergie Görlitz eG und Grüne Liga & Co');
    expect(de.body).toContain('Liebe Engagierte von Bürgerenergie Görlitz eG und Grüne Liga & Co');
    await i18n.changeLanguage('en');
    const en = introductionEmail(i18n.t, pair);
    expect(en.subject).toBe(
      'Getting to know each other: Bürgerenergie Görlitz eG and Grüne Liga & Co',
    );
    await i18n.changeLanguage('de');
    const href = mailtoHref(de);
    expect(href.startsWith('mailto:?subject=Kennenlernen%3A%20B%C3%BCrgerenergie')).toBe(true);
    // "&" in a name must not start a new mailto field.
    expect(href).toContain('Gr%C3%BCne%20Liga%20%26%20Co');
    expect(decodeURIComponent(href.split('&body=')[1] ?? '')).toBe(de.body);
  });
});
