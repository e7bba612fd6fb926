/**
 * What the CSV import accepts in its list columns, stated once for the importer and the import view: enum
 * values by key or by German or English display name, topics by key or by name (the reference topic tree),
 * each matched without regard to case and surrounding or repeated white space. Also the downloadable
 * template per file kind: the header and one example row, as German Excel writes it (`;`).
 */
import type { ImportKind } from './csv-columns.js';
import { COLUMNS } from './csv-columns.js';
import type { EnumEntry } from './enum-entries.js';
import { COOPERATION_KINDS, INSTITUTION_KINDS, SECTORS, VISIBILITIES } from './enums.js';
import { TOPIC_TREE } from './topics.js';

/** Case, surrounding and repeated white space (also non-breaking spaces) do not matter. */
export function normaliseName(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('de-DE');
}

/** The enum key a cell names by key or display name, or undefined. */
export function enumKeyByName(value: string, list: readonly EnumEntry[]): string | undefined {
  const wanted = normaliseName(value);
  return list.find((e) => [e.value, e.de, e.en].some((n) => normaliseName(n) === wanted))?.value;
}

/** The topics every installation has, as entries (key, German, English). */
export const TOPIC_ENTRIES: readonly EnumEntry[] = TOPIC_TREE.map(({ key, de, en }) => ({
  value: key,
  de,
  en,
}));

/** The key of a reference topic named by key, German or English name; undefined for other text. */
export function topicKeyByName(value: string): string | undefined {
  return enumKeyByName(value, TOPIC_ENTRIES);
}

/** The list columns of each kind and the values they take (topics: reference topics; others may exist). */
export const IMPORT_VALUE_LISTS: Readonly<
  Record<ImportKind, readonly { readonly column: string; readonly entries: readonly EnumEntry[] }[]>
> = {
  institutions: [
    { column: 'kind', entries: INSTITUTION_KINDS },
    { column: 'sector', entries: SECTORS },
    { column: 'topics', entries: TOPIC_ENTRIES },
  ],
  persons: [
    { column: 'visibility', entries: VISIBILITIES },
    { column: 'topics', entries: TOPIC_ENTRIES },
  ],
  topics: [{ column: 'parent_key', entries: TOPIC_ENTRIES }],
  cooperations: [{ column: 'kind', entries: COOPERATION_KINDS }],
  memberships: [],
  themes: [{ column: 'topics', entries: TOPIC_ENTRIES }],
  nodes: [],
  edges: [],
};

/** One example row per kind, by canonical column; values as a German coordinator writes them. */
const EXAMPLES: Readonly<Record<ImportKind, Readonly<Record<string, string>>>> = {
  institutions: {
    id: 'ins-solarverein-zittau',
    name: 'Solarverein Zittau e.V.',
    kind: 'Verein',
    sector: 'Zivilgesellschaft',
    description: 'Bürger:innen bauen Solaranlagen',
    url: 'https://solar.example.org',
    address: 'Markt 1, 02763 Zittau',
    latitude: '50,8977',
    longitude: '14,8076',
    municipality_ags: '14626610',
    topics: 'Bürgerenergie|Klimaanpassung',
  },
  persons: {
    id: 'per-jana-weiss',
    name: 'Jana Weiß',
    visibility: 'Öffentlich',
    consent_date: '15.01.2025',
    institution_id: 'ins-solarverein-zittau',
    role: 'Vorstand',
    municipality_ags: '14626610',
    topics: 'Bürgerenergie',
  },
  topics: {
    key: 'wind_power',
    name: 'Windkraft',
    name_en: 'Wind power',
    parent_key: 'renewable_energy',
  },
  cooperations: {
    id: 'coop-solar-schule',
    from_id: 'ins-solarverein-zittau',
    to_id: 'ins-oberschule-zittau',
    kind: 'Gemeinsames Projekt',
    from_date: '01.03.2025',
  },
  memberships: {
    person_id: 'per-jana-weiss',
    institution_id: 'ins-solarverein-zittau',
    role: 'Vorstand',
    since: '01.01.2024',
  },
  themes: { node_id: 'ins-solarverein-zittau', topics: 'Bürgerenergie|Radverkehr' },
  nodes: { id: 'ins-solarverein-zittau', label: 'Institution', name: 'Solarverein Zittau e.V.' },
  edges: {
    id: 'coop-solar-schule',
    type: 'COOPERATES_WITH',
    source: 'ins-solarverein-zittau',
    target: 'ins-oberschule-zittau',
  },
};

const cell = (value: string): string =>
  /[;"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The template file of a kind: a byte order mark, the header and one example row, separated by `;`. */
export function importTemplate(kind: ImportKind): string {
  const names = COLUMNS[kind].map((column) => column.name);
  const example = names.map((name) => cell(EXAMPLES[kind][name] ?? ''));
  return `\uFEFF${names.join(';')}\r\n${example.join(';')}\r\n`;
}
