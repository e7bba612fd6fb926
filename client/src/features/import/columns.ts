/**
 * The documented column sets of the CSV import (docs/import-export.md, server csv-columns.ts), shown in the UI
 * so coordinators know what a file needs. Headers are matched case-insensitively with umlauts folded.
 */
export const IMPORT_KINDS = [
  'institutions',
  'persons',
  'topics',
  'cooperations',
  'memberships',
  'themes',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface Column {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly required?: true;
}

const c = (name: string, aliases: readonly string[], required?: true): Column =>
  required ? { name, aliases, required } : { name, aliases };
const ID = c('id', ['kennung'], true);
const NAME = c('name', ['bezeichnung'], true);
const DESCRIPTION = c('description', ['beschreibung']);
const AGS = c('municipality_ags', ['ags', 'gemeindeschluessel', 'gemeinde_ags']);
const TOPICS = c('topics', ['themen', 'topic_keys']);

export const COLUMNS: Readonly<Record<ImportKind, readonly Column[]>> = {
  institutions: [
    ID,
    NAME,
    c('kind', ['art', 'typ'], true),
    c('sector', ['sektor'], true),
    DESCRIPTION,
    c('url', ['webseite', 'website']),
    c('address', ['adresse', 'anschrift']),
    c('latitude', ['breitengrad', 'lat']),
    c('longitude', ['laengengrad', 'lon', 'lng']),
    AGS,
    TOPICS,
  ],
  persons: [
    ID,
    NAME,
    c('visibility', ['sichtbarkeit'], true),
    c('consent_date', ['einwilligung', 'einwilligungsdatum']),
    c('email', ['e_mail', 'mail']),
    DESCRIPTION,
    c('institution_id', ['organisation_id', 'institution']),
    c('role', ['rolle', 'funktion']),
    AGS,
    TOPICS,
  ],
  topics: [
    c('key', ['schluessel'], true),
    NAME,
    c('name_en', ['name_englisch', 'englisch']),
    DESCRIPTION,
    c('parent_key', ['oberthema', 'parent']),
  ],
  cooperations: [
    ID,
    c('from_id', ['von_id', 'institution_a'], true),
    c('to_id', ['zu_id', 'institution_b'], true),
    c('kind', ['art', 'form'], true),
    c('from_date', ['seit', 'beginn', 'von'], true),
    c('until_date', ['bis', 'ende']),
  ],
  memberships: [
    c('person_id', ['person'], true),
    c('institution_id', ['organisation_id', 'institution'], true),
    c('role', ['rolle', 'funktion']),
    c('since', ['seit']),
  ],
  themes: [
    c('node_id', ['id', 'akteur_id', 'actor_id'], true),
    c('topics', ['themen', 'topic_keys'], true),
  ],
};
