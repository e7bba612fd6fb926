/**
 * Node labels and their properties. Every node also carries the ENTITY_LABEL, which holds the unique id
 * constraint, the point index and the full-text index, so that lookups by id work without knowing the label.
 */
import {
  COOPERATION_KINDS,
  FUNDER_LEVELS,
  INSTITUTION_KINDS,
  REGION_LEVELS,
  RESOURCE_KINDS,
  SECTORS,
  VISIBILITIES,
  enumValues,
} from './enums.js';
import { CONSENT_PURPOSES } from './consent.js';
import { AGS_PATTERN, DATE_PATTERN, description, location, name, url } from './properties.js';
import type { PropertiesOf, PropertySpecs } from './properties.js';

export const ENTITY_LABEL = 'Entity';

const person = {
  name,
  description,
  location,
  visibility: {
    type: 'enum',
    values: enumValues(VISIBILITIES),
    required: true,
    description: 'Who may see this person: public, members or coordinators.',
  },
  consentDate: {
    type: 'date',
    description:
      'Date the person consented to being listed (GDPR Art. 6(1)(a)); without it the person is hidden.',
  },
  consentPurpose: {
    type: 'enum',
    values: enumValues(CONSENT_PURPOSES),
    description: 'What the person consented to (network_map unless recorded otherwise).',
  },
  consentWithdrawnOn: {
    type: 'date',
    description: 'Date the person withdrew consent; from then on the person is hidden everywhere.',
  },
  email: { type: 'string', maxLength: 320, format: 'email', description: 'Contact e-mail.' },
} as const satisfies PropertySpecs;

const institution = {
  name,
  description,
  location,
  url,
  kind: {
    type: 'enum',
    values: enumValues(INSTITUTION_KINDS),
    required: true,
    description: 'Kind of institution (Verein, Kommune, Schule, ...).',
  },
  sector: {
    type: 'enum',
    values: enumValues(SECTORS),
    required: true,
    description: 'Sector the institution belongs to.',
  },
  address: { type: 'string', maxLength: 500, description: 'Postal address.' },
} as const satisfies PropertySpecs;

const topic = {
  name,
  description,
  nameEn: { type: 'string', maxLength: 300, description: 'English display name.' },
  key: {
    type: 'string',
    maxLength: 100,
    pattern: /^[a-z0-9_]+$/,
    description: 'Stable machine key, e.g. energy_climate.',
  },
} as const satisfies PropertySpecs;

const region = {
  name,
  description,
  location,
  level: {
    type: 'enum',
    values: enumValues(REGION_LEVELS),
    required: true,
    description: 'State, district or municipality.',
  },
  ags: {
    type: 'string',
    maxLength: 8,
    pattern: AGS_PATTERN,
    required: true,
    description: 'Official municipality key (Amtlicher Gemeindeschlüssel): 2, 5 or 8 digits.',
  },
  urban: {
    type: 'boolean',
    description: 'True for the kreisfreie Städte (urban districts) and their municipality.',
  },
  population: { type: 'integer', min: 0, description: 'Inhabitants.' },
  areaKm2: { type: 'float', min: 0, description: 'Area in square kilometres.' },
} as const satisfies PropertySpecs;

const network = {
  name,
  description,
  location,
  url,
  foundedOn: { type: 'date', description: 'Date the network was founded.' },
} as const satisfies PropertySpecs;

const fundingProgramme = {
  name,
  description,
  url,
  funder: { type: 'string', maxLength: 300, description: 'Funding body, e.g. SMEKUL.' },
  funderLevel: {
    type: 'enum',
    values: enumValues(FUNDER_LEVELS),
    required: true,
    description: 'EU, federal, state, municipal or foundation.',
  },
  eligibleSectors: {
    type: 'enum[]',
    values: enumValues(SECTORS),
    description: 'Sectors that may apply; empty means all.',
  },
  deadline: { type: 'date', description: 'Next application deadline.' },
  maxAmountEur: { type: 'integer', min: 0, description: 'Maximum grant in euro.' },
} as const satisfies PropertySpecs;

const resource = {
  name,
  description,
  location,
  kind: {
    type: 'enum',
    values: enumValues(RESOURCE_KINDS),
    required: true,
    description: 'Money, material, staff time, rooms or know-how.',
  },
} as const satisfies PropertySpecs;

const project = {
  name,
  description,
  location,
  url,
  goodPractice: {
    type: 'boolean',
    description: 'Marked as a good-practice example (Good-Practice-Beispiel).',
  },
  startDate: { type: 'date', description: 'Start of the project.' },
  endDate: { type: 'date', description: 'End of the project.' },
  cooperationKind: {
    type: 'enum',
    values: enumValues(COOPERATION_KINDS),
    description: 'Main form of cooperation in the project.',
  },
} as const satisfies PropertySpecs;

/** Node labels with their property specs; the single source of truth for both stores. */
export const NODE_LABELS = {
  Person: { description: 'An engaged natural person.', idPrefix: 'per', properties: person },
  Institution: {
    description: 'An organisation in one sector.',
    idPrefix: 'ins',
    properties: institution,
  },
  Topic: { description: 'A theme or sub-theme.', idPrefix: 'top', properties: topic },
  Region: {
    description: 'State, district or municipality.',
    idPrefix: 'reg',
    properties: region,
  },
  Network: { description: 'A regional network.', idPrefix: 'net', properties: network },
  FundingProgramme: {
    description: 'A funding programme (Förderprogramm).',
    idPrefix: 'fun',
    properties: fundingProgramme,
  },
  Resource: {
    description: 'A resource offered or needed (Angebot/Bedarf).',
    idPrefix: 'res',
    properties: resource,
  },
  Project: {
    description: 'A project or good-practice example.',
    idPrefix: 'prj',
    properties: project,
  },
} as const;

export type NodeLabel = keyof typeof NODE_LABELS;
export const NODE_LABEL_NAMES = Object.keys(NODE_LABELS) as NodeLabel[];
/** Labels of the actors in the network (persons and institutions). */
export const ACTOR_LABELS = ['Person', 'Institution'] as const satisfies readonly NodeLabel[];

export type NodeProperties<L extends NodeLabel> = PropertiesOf<
  (typeof NODE_LABELS)[L]['properties']
>;
export type AnyNodeProperties = { [L in NodeLabel]: NodeProperties<L> }[NodeLabel];

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && Object.hasOwn(NODE_LABELS, value);
}

export { DATE_PATTERN };
