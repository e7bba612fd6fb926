/** Shared pieces of the import's wording: the id rule, CSV problems and enum values by their display names. */
import type { Language } from '../enum-entries.js';
import {
  COOPERATION_KINDS,
  FUNDER_LEVELS,
  INSTITUTION_KINDS,
  NETWORK_ROLES,
  PROJECT_ROLES,
  REGION_LEVELS,
  RESOURCE_KINDS,
  SECTORS,
  VISIBILITIES,
} from '../enums.js';
import type { EnumEntry } from '../enums.js';

export const ID_RULE_EN =
  'must be 1-128 characters: letters, digits, and _ . : - (not starting with a symbol)';
export const ID_RULE_DE =
  'muss 1 bis 128 Zeichen lang sein: Buchstaben, Ziffern und _ . : - (am Anfang kein Zeichen)';

export const CSV_PROBLEMS_EN: Readonly<Record<string, string>> = {
  rowTooLong: 'a row is longer than 100,000 characters',
  quoteNotClosed: 'a quoted field is never closed (missing ")',
  textAfterQuote: 'text follows a closing quote; write quotes inside a field as ""',
  quoteInField: 'a quote appears inside an unquoted field; quote the whole field',
  unreadable: 'the file could not be read as CSV',
};

export const CSV_PROBLEMS_DE: Readonly<Record<string, string>> = {
  rowTooLong: 'eine Zeile ist länger als 100.000 Zeichen',
  quoteNotClosed: 'ein Feld in Anführungszeichen wird nie geschlossen (fehlendes ")',
  textAfterQuote:
    'nach einem schließenden Anführungszeichen folgt Text; Anführungszeichen im Feld als "" schreiben',
  quoteInField:
    'ein Anführungszeichen steht in einem Feld ohne Anführungszeichen; das ganze Feld in "…" setzen',
  unreadable: 'die Datei lässt sich nicht als CSV lesen',
};

const ALL_ENUMS: readonly (readonly EnumEntry[])[] = [
  SECTORS,
  INSTITUTION_KINDS,
  VISIBILITIES,
  COOPERATION_KINDS,
  RESOURCE_KINDS,
  REGION_LEVELS,
  FUNDER_LEVELS,
  NETWORK_ROLES,
  PROJECT_ROLES,
];

/** The display name of an enum value (the first list that has it), or the value itself. */
export function enumValueName(value: string, language: Language): string {
  for (const list of ALL_ENUMS) {
    const entry = list.find((e) => e.value === value);
    if (entry) return entry[language];
  }
  return value;
}
