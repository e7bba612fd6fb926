import { beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { propertyRows } from './properties';

let i18n: ReturnType<typeof setupI18n>;
beforeAll(() => {
  i18n = setupI18n('de');
});

describe('propertyRows', () => {
  const properties = {
    name: 'Kirchgemeinde Zittau',
    kind: 'parish',
    population: 1234567,
    foundedOn: '2014-09-29',
    url: 'https://example.org',
    goodPractice: true,
    eligibleSectors: ['education', 'business'],
    address: '',
  };

  it('shows German names and German number and date formats', async () => {
    await i18n.changeLanguage('de');
    const rows = propertyRows(properties, i18n.t, 'de');
    expect(rows.map((row) => [row.name, row.value])).toEqual([
      ['Art', 'Kirchgemeinde'],
      ['Website', 'https://example.org'],
      ['Gegründet', '29.09.2014'],
      ['Förderfähige Sektoren', 'Bildung, Wirtschaft'],
      ['Einwohner:innen', '1.234.567'],
      ['Good-Practice-Beispiel', 'ja'],
    ]);
    expect(rows[1]?.href).toBe('https://example.org');
  });

  it('switches to English names and formats', async () => {
    await i18n.changeLanguage('en');
    const rows = propertyRows(properties, i18n.t, 'en');
    expect(rows[0]).toMatchObject({ name: 'Kind', value: 'Parish' });
    expect(rows.find((row) => row.key === 'population')?.value).toBe('1,234,567');
    expect(rows.find((row) => row.key === 'foundedOn')?.value).toBe('29 Sept 2014');
    await i18n.changeLanguage('de');
  });
});
