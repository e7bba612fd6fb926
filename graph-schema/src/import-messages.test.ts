import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGE_CODES, wordImportMessage } from './import-messages.js';
import type { ImportMessageCode } from './import-messages.js';
import { enumKeyByName, importTemplate, topicKeyByName } from './import-values.js';
import { SECTORS } from './enums.js';
import { IMPORT_KINDS } from './csv-columns.js';
import { inRegion } from './region-phrase.js';
import { explainReasons } from './reasons.js';

const VALUE_CODES: readonly ImportMessageCode[] = [
  'notString',
  'malformedUnicode',
  'controlCharacters',
  'tooLong',
  'empty',
  'wrongFormat',
  'notUrl',
  'notEmail',
  'notFinite',
  'notInteger',
  'tooSmall',
  'tooBig',
  'notBoolean',
  'notDate',
  'notPoint',
  'pointKeys',
  'latitudeRange',
  'longitudeRange',
  'notOneOf',
  'notListOf',
];

describe('import messages', () => {
  it('word every code in German and English, differently', () => {
    const params = { id: 'x', row: 3, value: 'y', kind: 'persons', values: ['public'], max: 5 };
    for (const code of [...IMPORT_MESSAGE_CODES, ...VALUE_CODES]) {
      const de = wordImportMessage({ code, params }, 'de');
      const en = wordImportMessage({ code, params }, 'en');
      expect(de, code).not.toBe(code);
      expect(en, code).not.toBe(code);
      expect(de, code).not.toBe(en);
    }
  });

  it('name enum values by their German names and numbers in German', () => {
    const oneOf = { code: 'notOneOf', params: { values: ['public', 'members'] } } as const;
    expect(wordImportMessage(oneOf, 'de')).toBe(
      'muss einer dieser Werte sein: Öffentlich, Mitglieder',
    );
    expect(wordImportMessage(oneOf, 'en')).toBe('must be one of public, members');
    expect(wordImportMessage({ code: 'tooLong', params: { max: 10000 } }, 'de')).toBe(
      'ist länger als 10.000 Zeichen',
    );
  });
});

describe('import values', () => {
  it('match names regardless of case and spaces', () => {
    expect(enumKeyByName('  zivil\u00a0 gesellschaft ', SECTORS)).toBeUndefined();
    expect(enumKeyByName('  ZIVILGESELLSCHAFT ', SECTORS)).toBe('civil_society');
    expect(enumKeyByName('Verwaltung  &  Politik', SECTORS)).toBe('administration');
    expect(topicKeyByName('bürgerenergie')).toBe('citizen_energy');
    expect(topicKeyByName('Community energy')).toBe('citizen_energy');
    expect(topicKeyByName('citizen_energy')).toBe('citizen_energy');
    expect(topicKeyByName('Windräder')).toBeUndefined();
  });

  it('give each kind a template with a byte order mark, a header and one example row', () => {
    for (const kind of IMPORT_KINDS) {
      const lines = importTemplate(kind).split('\r\n');
      expect(lines[0]?.startsWith('\uFEFF'), kind).toBe(true);
      expect(lines, kind).toHaveLength(3);
      expect(lines[2]).toBe('');
    }
  });
});

describe('inRegion', () => {
  it('says "im" where German needs the article', () => {
    expect(inRegion('Freistaat Sachsen', 'de')).toBe('im Freistaat Sachsen');
    expect(inRegion('Landkreis Görlitz', 'de')).toBe('im Landkreis Görlitz');
    expect(inRegion('Erzgebirgskreis', 'de')).toBe('im Erzgebirgskreis');
    expect(inRegion('Leipzig', 'de')).toBe('in Leipzig');
    expect(inRegion('Ganz Sachsen', 'de')).toBe('in ganz Sachsen');
    expect(inRegion('Freistaat Sachsen', 'en')).toBe('in Freistaat Sachsen');
  });
});

describe('explainReasons', () => {
  // Issue 12: "… Umweltverein Zittau e.V.." – a sentence ending in a name that ends with a full stop.
  it('adds no second full stop after a name ending in one', () => {
    const text = explainReasons(
      [{ kind: 'path', via: ['ins-1'] }],
      'de',
      () => 'Umweltverein e.V.',
    );
    expect(text.endsWith('e.V.')).toBe(true);
    expect(text).not.toMatch(/\.\.$/);
  });
});
