/**
 * Constraints and indexes as data; the Neo4j store renders them as Cypher (store/neo4j/cypher/schema-ddl.ts).
 * Everything here works on Neo4j 5.x Community Edition (no existence or key constraints, which need Enterprise).
 */
import { ENTITY_LABEL } from './labels.js';
import type { NodeLabel } from './labels.js';
import { RELATIONSHIP_TYPE_NAMES } from './relationship-types.js';
import { INTRODUCTION_LABEL } from './introductions.js';
import { TIE_PROPOSAL_LABEL } from './tie-proposals.js';
import { PROPOSAL_LABEL } from './proposals.js';
import { ACCOUNT_LABEL, AUDIT_LABEL } from './system.js';
import type { RelationshipType } from './relationship-types.js';

type SystemLabel =
  | typeof ACCOUNT_LABEL
  | typeof AUDIT_LABEL
  | typeof INTRODUCTION_LABEL
  | typeof TIE_PROPOSAL_LABEL
  | typeof PROPOSAL_LABEL;

export type SchemaItem =
  | {
      kind: 'node-unique';
      name: string;
      label: NodeLabel | typeof ENTITY_LABEL | SystemLabel;
      property: string;
    }
  | { kind: 'relationship-unique'; name: string; type: RelationshipType; property: string }
  | { kind: 'range'; name: string; label: NodeLabel | SystemLabel; property: string }
  | { kind: 'point'; name: string; label: typeof ENTITY_LABEL; property: string }
  | {
      kind: 'fulltext';
      name: string;
      label: typeof ENTITY_LABEL;
      properties: readonly string[];
      /** Lucene analyzer: lower-cases and folds diacritics (Görlitz → gorlitz, Straße → strasse). */
      analyzer: 'standard-folding';
    };

/** Name of the full-text index searched by the Neo4j store. */
export const FULLTEXT_INDEX = 'entity_text';
/** Name of the point index used for radius queries. */
export const POINT_INDEX = 'entity_location';

function snake(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

export const SCHEMA_ITEMS: readonly SchemaItem[] = [
  { kind: 'node-unique', name: 'entity_id_unique', label: ENTITY_LABEL, property: 'id' },
  { kind: 'node-unique', name: 'region_ags_unique', label: 'Region', property: 'ags' },
  { kind: 'node-unique', name: 'topic_key_unique', label: 'Topic', property: 'key' },
  ...RELATIONSHIP_TYPE_NAMES.map((type): SchemaItem => ({
    kind: 'relationship-unique',
    name: `${snake(type)}_id_unique`,
    type,
    property: 'id',
  })),
  { kind: 'node-unique', name: 'account_id_unique', label: ACCOUNT_LABEL, property: 'id' },
  { kind: 'node-unique', name: 'account_email_unique', label: ACCOUNT_LABEL, property: 'email' },
  { kind: 'node-unique', name: 'audit_id_unique', label: AUDIT_LABEL, property: 'id' },
  { kind: 'range', name: 'audit_at', label: AUDIT_LABEL, property: 'at' },
  {
    kind: 'node-unique',
    name: 'introduction_id_unique',
    label: INTRODUCTION_LABEL,
    property: 'id',
  },
  {
    kind: 'range',
    name: 'introduction_created_at',
    label: INTRODUCTION_LABEL,
    property: 'createdAt',
  },
  {
    kind: 'node-unique',
    name: 'tie_proposal_id_unique',
    label: TIE_PROPOSAL_LABEL,
    property: 'id',
  },
  // Set only while pending (null otherwise, which a unique constraint ignores): one open proposal per pair.
  {
    kind: 'node-unique',
    name: 'tie_proposal_open_key_unique',
    label: TIE_PROPOSAL_LABEL,
    property: 'openKey',
  },
  {
    kind: 'range',
    name: 'tie_proposal_created_at',
    label: TIE_PROPOSAL_LABEL,
    property: 'createdAt',
  },
  { kind: 'node-unique', name: 'proposal_id_unique', label: PROPOSAL_LABEL, property: 'id' },
  { kind: 'range', name: 'proposal_created_at', label: PROPOSAL_LABEL, property: 'createdAt' },
  { kind: 'range', name: 'institution_sector', label: 'Institution', property: 'sector' },
  { kind: 'range', name: 'institution_kind', label: 'Institution', property: 'kind' },
  { kind: 'range', name: 'region_level', label: 'Region', property: 'level' },
  { kind: 'range', name: 'person_visibility', label: 'Person', property: 'visibility' },
  { kind: 'range', name: 'resource_kind', label: 'Resource', property: 'kind' },
  { kind: 'range', name: 'funding_deadline', label: 'FundingProgramme', property: 'deadline' },
  { kind: 'point', name: POINT_INDEX, label: ENTITY_LABEL, property: 'location' },
  {
    kind: 'fulltext',
    name: FULLTEXT_INDEX,
    label: ENTITY_LABEL,
    properties: ['name', 'description'],
    analyzer: 'standard-folding',
  },
];
