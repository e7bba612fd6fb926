/**
 * Display names of graph-schema's enumerations as i18next message groups: `sector.<value>` and
 * `enum.<property>.<value>` (grouped by the property a value belongs to, so `kind` holds institution and
 * resource kinds). graph-schema states every name once, in German and English; the locale files hold only
 * the interface's own words.
 */
import {
  CONSENT_PURPOSES,
  COOPERATION_KINDS,
  FUNDER_LEVELS,
  INSTITUTION_KINDS,
  INTRODUCTION_CHANNELS,
  INTRODUCTION_SOURCES,
  INTRODUCTION_STATUSES,
  NETWORK_ROLES,
  PROJECT_ROLES,
  REGION_LEVELS,
  RESOURCE_KINDS,
  SECTORS,
  TIE_PROPOSAL_STATUSES,
  VISIBILITIES,
} from '@nzr/graph-schema';
import type { EnumEntry, Language } from '@nzr/graph-schema';

type Names = Record<string, string>;

const names = (language: Language, ...lists: (readonly EnumEntry[])[]): Names =>
  Object.fromEntries(lists.flat().map((entry) => [entry.value, entry[language]]));

export function domainMessages(language: Language): { sector: Names; enum: Record<string, Names> } {
  return {
    sector: names(language, SECTORS),
    enum: {
      kind: names(language, INSTITUTION_KINDS, RESOURCE_KINDS),
      resourceKind: names(language, RESOURCE_KINDS),
      level: names(language, REGION_LEVELS),
      visibility: names(language, VISIBILITIES),
      funderLevel: names(language, FUNDER_LEVELS),
      cooperationKind: names(language, COOPERATION_KINDS),
      role: names(language, NETWORK_ROLES, PROJECT_ROLES),
      introductionStatus: names(language, INTRODUCTION_STATUSES),
      introductionChannel: names(language, INTRODUCTION_CHANNELS),
      introductionSource: names(language, INTRODUCTION_SOURCES),
      tieProposalStatus: names(language, TIE_PROPOSAL_STATUSES),
      consentPurpose: names(language, CONSENT_PURPOSES),
    },
  };
}
