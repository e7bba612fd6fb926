/**
 * The edit forms' field table: one entry per property of every label and relationship type, in the order the
 * form shows them. `satisfies NodeFieldTable` (specs.check.ts) makes the compiler fail when graph-schema adds,
 * removes or changes a property (name, kind, required, max length, bounds) and this table is not updated.
 */
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import * as E from './enumValues';
import type { EndpointTable, NodeFieldTable, RelationshipFieldTable } from './specs.check';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'url'
  | 'integer'
  | 'float'
  | 'date'
  | 'boolean'
  | 'point'
  | 'enum'
  | 'enum[]';

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly required?: true;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly values?: readonly string[];
}

const name = { kind: 'text', required: true, maxLength: 300 } as const;
const description = { kind: 'textarea', maxLength: 10_000 } as const;
const location = { kind: 'point' } as const;
const url = { kind: 'url', maxLength: 2000 } as const;
const since = { kind: 'date' } as const;

export const NODE_FIELDS = {
  Person: {
    name,
    description,
    location,
    visibility: { kind: 'enum', values: E.VISIBILITY, required: true },
    consentDate: { kind: 'date' },
    email: { kind: 'email', maxLength: 320 },
  },
  Institution: {
    name,
    description,
    location,
    url,
    kind: { kind: 'enum', values: E.INSTITUTION_KIND, required: true },
    sector: { kind: 'enum', values: E.SECTOR, required: true },
    address: { kind: 'text', maxLength: 500 },
  },
  Topic: {
    name,
    description,
    nameEn: { kind: 'text', maxLength: 300 },
    key: { kind: 'text', maxLength: 100 },
  },
  Region: {
    name,
    description,
    location,
    level: { kind: 'enum', values: E.REGION_LEVEL, required: true },
    ags: { kind: 'text', maxLength: 8, required: true },
    urban: { kind: 'boolean' },
    population: { kind: 'integer', min: 0 },
    areaKm2: { kind: 'float', min: 0 },
  },
  Network: { name, description, location, url, foundedOn: { kind: 'date' } },
  FundingProgramme: {
    name,
    description,
    url,
    funder: { kind: 'text', maxLength: 300 },
    funderLevel: { kind: 'enum', values: E.FUNDER_LEVEL, required: true },
    eligibleSectors: { kind: 'enum[]', values: E.SECTOR },
    deadline: { kind: 'date' },
    maxAmountEur: { kind: 'integer', min: 0 },
  },
  Resource: {
    name,
    description,
    location,
    kind: { kind: 'enum', values: E.RESOURCE_KIND, required: true },
  },
  Project: {
    name,
    description,
    location,
    url,
    goodPractice: { kind: 'boolean' },
    startDate: { kind: 'date' },
    endDate: { kind: 'date' },
    cooperationKind: { kind: 'enum', values: E.COOPERATION_KIND },
  },
} as const satisfies NodeFieldTable;

export const RELATIONSHIP_FIELDS = {
  MEMBER_OF: { role: { kind: 'text', maxLength: 200 }, since },
  WORKS_ON: {},
  LOCATED_IN: {},
  PART_OF: {},
  COOPERATES_WITH: {
    kind: { kind: 'enum', values: E.COOPERATION_KIND, required: true },
    from: { kind: 'date', required: true },
    until: { kind: 'date' },
  },
  KNOWS: { since },
  MEMBER_OF_NETWORK: { role: { kind: 'enum', values: E.NETWORK_ROLE, required: true }, since },
  OFFERS: {},
  NEEDS: {},
  RUNS: { role: { kind: 'enum', values: E.PROJECT_ROLE, required: true } },
  FUNDED_BY: {
    amountEur: { kind: 'integer', min: 0 },
    year: { kind: 'integer', min: 1990, max: 2100 },
  },
  ELIGIBLE_IN: {},
} as const satisfies RelationshipFieldTable;

const ACTORS = ['Person', 'Institution'] as const;
export const ENDPOINTS = {
  MEMBER_OF: { from: ['Person'], to: ['Institution'], symmetric: false },
  WORKS_ON: {
    from: ['Person', 'Institution', 'Network', 'Project', 'FundingProgramme', 'Resource'],
    to: ['Topic'],
    symmetric: false,
  },
  LOCATED_IN: {
    from: ['Person', 'Institution', 'Network', 'Project', 'Resource'],
    to: ['Region'],
    symmetric: false,
  },
  PART_OF: { from: ['Region', 'Topic'], to: ['Region', 'Topic'], symmetric: false },
  COOPERATES_WITH: { from: ['Institution'], to: ['Institution'], symmetric: true },
  KNOWS: { from: ['Person'], to: ['Person'], symmetric: true },
  MEMBER_OF_NETWORK: { from: ACTORS, to: ['Network'], symmetric: false },
  OFFERS: { from: ACTORS, to: ['Resource'], symmetric: false },
  NEEDS: { from: [...ACTORS, 'Network'], to: ['Resource'], symmetric: false },
  RUNS: { from: [...ACTORS, 'Network'], to: ['Project'], symmetric: false },
  FUNDED_BY: { from: ['Project'], to: ['FundingProgramme'], symmetric: false },
  ELIGIBLE_IN: { from: ['FundingProgramme'], to: ['Region'], symmetric: false },
} as const satisfies EndpointTable;

export interface Field {
  readonly name: string;
  readonly spec: FieldSpec;
}

const toFields = (table: Readonly<Record<string, FieldSpec>>): Field[] =>
  Object.entries(table).map(([fieldName, spec]) => ({ name: fieldName, spec }));

export const nodeFields = (label: NodeLabel): Field[] => toFields(NODE_FIELDS[label]);
export const relationshipFields = (type: RelationshipType): Field[] =>
  toFields(RELATIONSHIP_FIELDS[type]);
