/**
 * The column sets of the CSV import, one per file kind, as data: the server's importer and the client's help
 * text both read this table (docs/import-export.md describes it). Headers are matched after normalising (lower case, umlauts folded, spaces and
 * hyphens as `_`), so `Längengrad`, `laengengrad` and `longitude` name the same column.
 */

import { EDGE_FILE_COLUMNS, NODE_FILE_COLUMNS } from './csv-graph-columns.js';

export const IMPORT_KINDS = [
  'institutions',
  'persons',
  'topics',
  'cooperations',
  'memberships',
  'themes',
  'nodes',
  'edges',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}

export interface ColumnDef {
  /** Canonical (English) header. */
  readonly name: string;
  /** Further accepted headers, e.g. German ones. */
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly description: string;
}

const col = (
  name: string,
  aliases: readonly string[],
  description: string,
  required = false,
): ColumnDef => ({ name, aliases, required, description });

const ID = (what: string): ColumnDef =>
  col('id', ['kennung'], `Stable id of the ${what}; re-importing the same id updates it.`, true);
const NAME = col('name', ['bezeichnung'], 'Display name.', true);
const DESCRIPTION = col('description', ['beschreibung'], 'Free text.');
const AGS = col(
  'municipality_ags',
  ['ags', 'gemeindeschluessel', 'gemeinde_ags'],
  'Official municipality key (AGS) of the region the node lies in → LOCATED_IN reg-<ags>.',
);
const TOPICS = col(
  'topics',
  ['themen', 'topic_keys'],
  'Topic keys separated by |, ; or , (quote the field when it holds the delimiter) → WORKS_ON top-<key>.',
);

export const COLUMNS: Readonly<Record<ImportKind, readonly ColumnDef[]>> = {
  institutions: [
    ID('institution'),
    NAME,
    col('kind', ['art', 'typ'], 'Institution kind, e.g. association or Verein.', true),
    col('sector', ['sektor'], 'Sector, e.g. civil_society or Zivilgesellschaft.', true),
    DESCRIPTION,
    col('url', ['webseite', 'website'], 'Web address (http or https).'),
    col('address', ['adresse', 'anschrift'], 'Postal address.'),
    col('latitude', ['breitengrad', 'lat'], 'WGS-84 latitude (decimal point or comma).'),
    col('longitude', ['laengengrad', 'lon', 'lng'], 'WGS-84 longitude; both or neither.'),
    AGS,
    TOPICS,
  ],
  persons: [
    ID('person'),
    NAME,
    col('visibility', ['sichtbarkeit'], 'public, members or coordinators.', true),
    col('consent_date', ['einwilligung', 'einwilligungsdatum'], 'Date of consent (GDPR).'),
    col('email', ['e_mail', 'mail'], 'Contact e-mail.'),
    DESCRIPTION,
    col('institution_id', ['organisation_id', 'institution'], 'Institution → MEMBER_OF.'),
    col('role', ['rolle', 'funktion'], 'Role in that institution (needs institution_id).'),
    AGS,
    TOPICS,
  ],
  topics: [
    col('key', ['schluessel'], 'Stable key [a-z0-9_]; the node id is top-<key>.', true),
    NAME,
    col('name_en', ['name_englisch', 'englisch'], 'English display name.'),
    DESCRIPTION,
    col('parent_key', ['oberthema', 'parent'], 'Key of the parent topic → PART_OF top-<parent>.'),
  ],
  cooperations: [
    ID('cooperation'),
    col('from_id', ['von_id', 'institution_a'], 'First institution.', true),
    col('to_id', ['zu_id', 'institution_b'], 'Second institution.', true),
    col('kind', ['art', 'form'], 'Form of cooperation, e.g. project or Austausch.', true),
    col('from_date', ['seit', 'beginn', 'von'], 'Start date (YYYY-MM-DD or DD.MM.YYYY).', true),
    col('until_date', ['bis', 'ende'], 'End date; empty while it lasts.'),
  ],
  memberships: [
    col('person_id', ['person'], 'Person → MEMBER_OF.', true),
    col('institution_id', ['organisation_id', 'institution'], 'Institution.', true),
    col('role', ['rolle', 'funktion'], 'Role, e.g. Vorstand.'),
    col('since', ['seit'], 'Date the membership began.'),
  ],
  themes: [
    col('node_id', ['id', 'akteur_id', 'actor_id'], 'Person, institution, network, ...', true),
    col(
      'topics',
      ['themen', 'topic_keys'],
      'Topic keys separated by |, ; or , → WORKS_ON top-<key>.',
      true,
    ),
  ],
  // The graph files, in the CSV export's format (csv-graph-columns.ts).
  nodes: NODE_FILE_COLUMNS,
  edges: EDGE_FILE_COLUMNS,
};

/** Lower case, umlauts and ß folded, runs of spaces/hyphens/dots as `_`. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[\s\-.]+/g, '_');
}

/** The column a header names in this kind, if any. */
export function columnFor(kind: ImportKind, header: string): ColumnDef | undefined {
  const key = normaliseHeader(header);
  return COLUMNS[kind].find(
    (column) =>
      normaliseHeader(column.name) === key || column.aliases.map(normaliseHeader).includes(key),
  );
}
