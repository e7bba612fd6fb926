/**
 * Relationship types: allowed endpoint labels and properties. Symmetric types (cooperation, acquaintance) are
 * stored with one direction and always read in both directions.
 */
import { COOPERATION_KINDS, NETWORK_ROLES, PROJECT_ROLES, enumValues } from './enums.js';
import type { NodeLabel } from './labels.js';
import type { PropertiesOf, PropertySpecs } from './properties.js';

const since = { type: 'date', period: 'begin', description: 'Date the relation began.' } as const;

interface RelationshipTypeSpec {
  readonly description: string;
  readonly from: readonly NodeLabel[];
  readonly to: readonly NodeLabel[];
  readonly symmetric: boolean;
  readonly properties: PropertySpecs;
}

export const RELATIONSHIP_TYPES = {
  MEMBER_OF: {
    description: 'A person works or volunteers in an institution.',
    from: ['Person'],
    to: ['Institution'],
    symmetric: false,
    properties: {
      role: { type: 'string', maxLength: 200, description: 'Role, e.g. Vorstand, Lehrerin.' },
      since,
    },
  },
  WORKS_ON: {
    description: 'An actor, network, project or programme works on a topic.',
    from: ['Person', 'Institution', 'Network', 'Project', 'FundingProgramme', 'Resource'],
    to: ['Topic'],
    symmetric: false,
    properties: {},
  },
  LOCATED_IN: {
    description: 'A node lies in a region (usually a municipality).',
    from: ['Person', 'Institution', 'Network', 'Project', 'Resource'],
    to: ['Region'],
    symmetric: false,
    properties: {},
  },
  PART_OF: {
    description: 'Hierarchy: municipality in district in state; sub-topic of topic.',
    from: ['Region', 'Topic'],
    to: ['Region', 'Topic'],
    symmetric: false,
    properties: {},
  },
  COOPERATES_WITH: {
    description: 'Two institutions cooperate (dated; read in both directions).',
    from: ['Institution'],
    to: ['Institution'],
    symmetric: true,
    properties: {
      kind: {
        type: 'enum',
        values: enumValues(COOPERATION_KINDS),
        required: true,
        description: 'Form of cooperation.',
      },
      from: {
        type: 'date',
        required: true,
        period: 'begin',
        description: 'Date the cooperation began.',
      },
      until: {
        type: 'date',
        period: 'end',
        description: 'Date the cooperation ended; open if missing.',
      },
    },
  },
  KNOWS: {
    description: 'Two persons know each other (read in both directions).',
    from: ['Person'],
    to: ['Person'],
    symmetric: true,
    properties: { since },
  },
  MEMBER_OF_NETWORK: {
    description: 'A person or institution takes part in a regional network.',
    from: ['Person', 'Institution'],
    to: ['Network'],
    symmetric: false,
    properties: {
      role: {
        type: 'enum',
        values: enumValues(NETWORK_ROLES),
        required: true,
        description: 'Member or coordinator.',
      },
      since,
    },
  },
  OFFERS: {
    description: 'An actor offers a resource (Angebot).',
    from: ['Person', 'Institution'],
    to: ['Resource'],
    symmetric: false,
    properties: {},
  },
  NEEDS: {
    description: 'An actor needs a resource (Bedarf).',
    from: ['Person', 'Institution', 'Network'],
    to: ['Resource'],
    symmetric: false,
    properties: {},
  },
  RUNS: {
    description: 'An actor runs or takes part in a project.',
    from: ['Person', 'Institution', 'Network'],
    to: ['Project'],
    symmetric: false,
    properties: {
      role: {
        type: 'enum',
        values: enumValues(PROJECT_ROLES),
        required: true,
        description: 'Lead or partner.',
      },
    },
  },
  FUNDED_BY: {
    description: 'A project is funded by a programme.',
    from: ['Project'],
    to: ['FundingProgramme'],
    symmetric: false,
    properties: {
      amountEur: { type: 'integer', min: 0, description: 'Grant in euro.' },
      year: { type: 'integer', min: 1990, max: 2100, description: 'Year of the grant.' },
    },
  },
  ELIGIBLE_IN: {
    description: 'A funding programme is open to applicants in a region.',
    from: ['FundingProgramme'],
    to: ['Region'],
    symmetric: false,
    properties: {},
  },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export type RelationshipProperties<T extends RelationshipType> = PropertiesOf<
  (typeof RELATIONSHIP_TYPES)[T]['properties']
>;

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.hasOwn(RELATIONSHIP_TYPES, value);
}

/** Whether `type` may connect a node labelled `from` to a node labelled `to`. */
export function allowsEndpoints(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  const spec: RelationshipTypeSpec = RELATIONSHIP_TYPES[type];
  if (!spec.from.includes(from) || !spec.to.includes(to)) return false;
  // PART_OF links like with like: region to region, topic to topic.
  return type !== 'PART_OF' || from === to;
}
