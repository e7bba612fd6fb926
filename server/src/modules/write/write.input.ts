import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { NodeLabelEnum, RelationshipTypeEnum } from '../../graphql/enums.js';

export enum ChangeOp {
  createNode = 'createNode',
  updateNode = 'updateNode',
  deleteNode = 'deleteNode',
  createRelationship = 'createRelationship',
  updateRelationship = 'updateRelationship',
  deleteRelationship = 'deleteRelationship',
}
registerEnumType(ChangeOp, {
  name: 'ChangeOp',
  description: 'Kind of one change in applyChanges.',
  valuesConfig: {
    createNode: { description: 'Create a node: label and properties; id optional (generated).' },
    updateNode: { description: 'Update a node: id, properties, expectedVersion.' },
    deleteNode: {
      description: 'Delete a node with its relationships: id, optional expectedVersion.',
    },
    createRelationship: {
      description: 'Create a relationship: type, from, to, properties; id optional (generated).',
    },
    updateRelationship: {
      description: 'Update a relationship: type, id, properties, expectedVersion.',
    },
    deleteRelationship: {
      description: 'Delete a relationship: type, id, optional expectedVersion.',
    },
  },
});

@InputType('ChangeInput', {
  description: 'One change of an atomic batch; which fields are needed depends on `op`.',
})
export class ChangeInput {
  @Field(() => ChangeOp, { description: 'What to do.' })
  op!: ChangeOp;

  @Field(() => NodeLabelEnum, { nullable: true, description: 'Node label (createNode).' })
  label?: NodeLabel | null;

  @Field(() => RelationshipTypeEnum, {
    nullable: true,
    description: 'Relationship type (relationship changes).',
  })
  type?: RelationshipType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the node or relationship; generated for creates when omitted.',
  })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'Start node (createRelationship).' })
  from?: string | null;

  @Field(() => ID, { nullable: true, description: 'End node (createRelationship).' })
  to?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Properties to set (creates: all required ones; updates: null removes a value).',
  })
  properties?: Record<string, unknown> | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Version the change is based on; required for updates (CONFLICT when stale).',
  })
  expectedVersion?: number | null;
}
