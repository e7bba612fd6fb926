import { describe, expect, it } from 'vitest';
import { NOT_A_DATE, dateFieldText, fieldLanguage, parseDateField } from './dateField';

describe('dateFieldText', () => {
  it('shows TT.MM.JJJJ in German and ISO in English', () => {
    expect(dateFieldText('2016-01-01', 'de')).toBe('01.01.2016');
    expect(dateFieldText('2024-12-31', 'de')).toBe('31.12.2024');
    expect(dateFieldText('2024-12-31', 'en')).toBe('2024-12-31');
  });

  it('reads back what it shows', () => {
    for (const iso of ['2016-01-01', '2024-02-29', '1999-12-31']) {
      expect(parseDateField(dateFieldText(iso, 'de'))).toBe(iso);
      expect(parseDateField(dateFieldText(iso, 'en'))).toBe(iso);
    }
  });
});

describe('parseDateField', () => {
  it.each([
    ['07.12.2026', '2026-12-07'],
    ['7.12.2026', '2026-12-07'],
    [' 1.2.2020 ', '2020-02-01'],
    ['07/12/2026', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['2026-1-5', '2026-01-05'],
  ])('reads %j as %s (day first)', (text, iso) => {
    expect(parseDateField(text)).toBe(iso);
  });

  it('reads an empty field as no date', () => {
    expect(parseDateField('')).toBeNull();
    expect(parseDateField('   ')).toBeNull();
  });

  it.each([
    '12',
    '12.2024',
    '01.01.16',
    '31.02.2024',
    '29.02.2023',
    '13/13/2024',
    '2024-13-01',
    'gestern',
  ])('refuses %j', (text) => {
    expect(parseDateField(text)).toBe(NOT_A_DATE);
  });

  it('picks the field language from the UI language', () => {
    expect(fieldLanguage('de')).toBe('de');
    expect(fieldLanguage('en')).toBe('en');
    expect(fieldLanguage('en-GB')).toBe('en');
  });
});
