/**
 * Enumerations of the domain, each with German (first) and English display names.
 * Stored values are stable English snake_case keys; the interface translates them.
 */

import { entries } from './enum-entries.js';
import type { EnumEntry } from './enum-entries.js';

export { LANGUAGES } from './enum-entries.js';
export type { EnumEntry, Language } from './enum-entries.js';

export const SECTORS = entries([
  ['civil_society', 'Zivilgesellschaft', 'Civil society'],
  ['administration', 'Verwaltung & Politik', 'Administration & politics'],
  ['business', 'Wirtschaft', 'Business'],
  ['education', 'Bildung', 'Education'],
  ['religion', 'Religion', 'Religion'],
  ['science', 'Wissenschaft', 'Science'],
]);
export type Sector = (typeof SECTORS)[number]['value'];

/** Kinds of institution; each belongs to exactly one sector (see INSTITUTION_KIND_SECTOR). */
export const INSTITUTION_KINDS = entries([
  ['association', 'Verein', 'Association'],
  ['initiative', 'Initiative', 'Initiative'],
  ['municipality', 'Kommune', 'Municipality'],
  ['administration', 'Verwaltung / Landratsamt', 'Administration / district office'],
  ['business', 'Unternehmen', 'Business'],
  ['school', 'Schule', 'School'],
  ['university', 'Hochschule', 'University'],
  ['education_provider', 'Bildungsträger', 'Education provider'],
  ['parish', 'Kirchgemeinde', 'Parish'],
  ['research_institute', 'Forschungseinrichtung', 'Research institute'],
  ['media', 'Medien', 'Media'],
  ['professional_association', 'Fachverband', 'Professional association'],
]);
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number]['value'];

export const INSTITUTION_KIND_SECTOR: Readonly<Record<InstitutionKind, Sector>> = {
  association: 'civil_society',
  initiative: 'civil_society',
  municipality: 'administration',
  administration: 'administration',
  business: 'business',
  school: 'education',
  university: 'education',
  education_provider: 'education',
  parish: 'religion',
  research_institute: 'science',
  media: 'civil_society',
  professional_association: 'business',
};

export const RESOURCE_KINDS = entries([
  ['money', 'Geld', 'Money'],
  ['material', 'Sachleistung', 'Material'],
  ['staff_time', 'Personal/Zeit', 'Staff time'],
  ['rooms', 'Räume', 'Rooms'],
  ['know_how', 'Know-how', 'Know-how'],
]);
export type ResourceKind = (typeof RESOURCE_KINDS)[number]['value'];

export const REGION_LEVELS = entries([
  ['state', 'Bundesland', 'State'],
  ['district', 'Landkreis / kreisfreie Stadt', 'District / independent city'],
  ['municipality', 'Gemeinde', 'Municipality'],
]);
export type RegionLevel = (typeof REGION_LEVELS)[number]['value'];

/** Who may see a person: public (everyone), members (logged-in members and up), coordinators (and admins). */
export const VISIBILITIES = entries([
  ['public', 'Öffentlich', 'Public'],
  ['members', 'Mitglieder', 'Members'],
  ['coordinators', 'Koordination', 'Coordinators'],
]);
export type Visibility = (typeof VISIBILITIES)[number]['value'];

export const FUNDER_LEVELS = entries([
  ['eu', 'EU', 'EU'],
  ['federal', 'Bund', 'Federal'],
  ['state', 'Land', 'State'],
  ['municipal', 'Kommune', 'Municipal'],
  ['foundation', 'Stiftung', 'Foundation'],
]);
export type FunderLevel = (typeof FUNDER_LEVELS)[number]['value'];

export const COOPERATION_KINDS = entries([
  ['project', 'Gemeinsames Projekt', 'Joint project'],
  ['exchange', 'Austausch', 'Exchange'],
  ['funding', 'Förderung', 'Funding'],
  ['service', 'Dienstleistung', 'Service'],
  ['alliance', 'Bündnis', 'Alliance'],
]);
export type CooperationKind = (typeof COOPERATION_KINDS)[number]['value'];

export const NETWORK_ROLES = entries([
  ['member', 'Mitglied', 'Member'],
  ['coordinator', 'Koordination', 'Coordinator'],
]);
export type NetworkRole = (typeof NETWORK_ROLES)[number]['value'];

export const PROJECT_ROLES = entries([
  ['lead', 'Federführung', 'Lead'],
  ['partner', 'Partner', 'Partner'],
]);
export type ProjectRole = (typeof PROJECT_ROLES)[number]['value'];

/** The six key themes (Schlüsselthemen) of Netzwerk Zukunft Regional; sub-topics hang below them. */
export const KEY_THEMES = entries([
  ['transport', 'Verkehr & Mobilität', 'Transport & mobility'],
  ['agriculture', 'Landwirtschaft & Ernährung', 'Agriculture & food'],
  ['sustainable_business', 'Nachhaltiges Wirtschaften', 'Sustainable business'],
  ['energy_climate', 'Energie & Klimaschutz', 'Energy & climate protection'],
  [
    'development_cooperation',
    'Entwicklungszusammenarbeit & globale Gerechtigkeit',
    'Development cooperation & global justice',
  ],
  [
    'education_sd',
    'Bildung für nachhaltige Entwicklung (BNE)',
    'Education for sustainable development',
  ],
]);
export type KeyTheme = (typeof KEY_THEMES)[number]['value'];

export function enumValues<V extends string>(list: readonly EnumEntry<V>[]): readonly V[] {
  return list.map((entry) => entry.value);
}
