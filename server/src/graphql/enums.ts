/**
 * The enumerations of graph-schema as GraphQL enums. GraphQL value names equal the stored values
 * (e.g. `civil_society`, `Person`, `COOPERATES_WITH`) so that API, stores and client share one vocabulary and
 * nothing has to translate between them; descriptions carry the German and English display names.
 */
import {
  CONSENT_PURPOSES,
  COOPERATION_KINDS,
  INTRODUCTION_CHANNELS,
  INTRODUCTION_SOURCES,
  INTRODUCTION_STATUSES,
  NODE_LABELS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  SECTORS,
  ROLES,
  TIE_PROPOSAL_STATUSES,
  VISIBILITIES,
} from '@nzr/graph-schema';
import type { EnumEntry } from '@nzr/graph-schema';
import { registerEnumType } from 'type-graphql';

type EnumObject = Record<string, string>;
type ValuesConfig = Record<string, { description: string }>;

function register(
  name: string,
  description: string,
  items: readonly { value: string; description: string }[],
): EnumObject {
  const values: EnumObject = {};
  const valuesConfig: ValuesConfig = {};
  for (const item of items) {
    values[item.value] = item.value;
    valuesConfig[item.value] = { description: item.description };
  }
  registerEnumType(values, { name, description, valuesConfig });
  return values;
}

function fromEntries(list: readonly EnumEntry[]): { value: string; description: string }[] {
  return list.map((entry) => ({ value: entry.value, description: `${entry.en} (${entry.de})` }));
}

export const SectorEnum = register(
  'Sector',
  'Sector of society an institution belongs to.',
  fromEntries(SECTORS),
);
export const VisibilityEnum = register(
  'Visibility',
  'Who may see a person: public, members or coordinators.',
  fromEntries(VISIBILITIES),
);
export const NodeLabelEnum = register(
  'NodeLabel',
  'Label (kind) of a node in the network graph.',
  NODE_LABEL_NAMES.map((label) => ({ value: label, description: NODE_LABELS[label].description })),
);
export const RelationshipTypeEnum = register(
  'RelationshipType',
  'Type of a relationship between two nodes.',
  RELATIONSHIP_TYPE_NAMES.map((type) => ({
    value: type,
    description: RELATIONSHIP_TYPES[type].description,
  })),
);

export const RoleEnum = register(
  'Role',
  'Role of a viewer: viewer (anonymous), member, coordinator (edits, imports), admin (accounts, audit).',
  fromEntries(ROLES),
);

export const IntroductionStatusEnum = register(
  'IntroductionStatus',
  'Where an introduced pair stands: suggested → introduced → in contact → cooperating / not now.',
  fromEntries(INTRODUCTION_STATUSES),
);
export const IntroductionSourceEnum = register(
  'IntroductionSource',
  'Where the idea for an introduction came from.',
  fromEntries(INTRODUCTION_SOURCES),
);
export const IntroductionChannelEnum = register(
  'IntroductionChannel',
  'How two actors were introduced.',
  fromEntries(INTRODUCTION_CHANNELS),
);
export const CooperationKindEnum = register(
  'CooperationKind',
  'Form of a cooperation between two institutions.',
  fromEntries(COOPERATION_KINDS),
);
export const TieProposalStatusEnum = register(
  'TieProposalStatus',
  'Where a proposed tie stands: pending → confirmed / declined / withdrawn.',
  fromEntries(TIE_PROPOSAL_STATUSES),
);
export const ConsentPurposeEnum = register(
  'ConsentPurpose',
  'What a person consented to (GDPR Art. 6(1)(a)).',
  fromEntries(CONSENT_PURPOSES),
);

export const ProposalStatusEnum = register(
  'ProposalStatus',
  'Where a proposal stands: pending → approved or rejected.',
  fromEntries(PROPOSAL_STATUSES),
);
export const ProposalKindEnum = register(
  'ProposalKind',
  'A proposed new entry or a proposed change of an entry.',
  fromEntries(PROPOSAL_KINDS),
);
