import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { NodeLabelEnum, RelationshipTypeEnum } from '../../graphql/enums.js';
import { GraphEdge } from '../neighbourhood/neighbourhood.type.js';
import { GraphNode } from '../node/node.type.js';
import { ChangeInput } from './write.input.js';
import { ChangeResultView } from './write.type.js';

type Json = Record<string, unknown>;
const PROPERTIES = { description: 'Properties (keys per label or type, see graph-schema).' };
const EXPECTED = { description: 'Version the change is based on; a stale one gives CONFLICT.' };
const OPTIONAL_EXPECTED = {
  nullable: true,
  description: 'When given, CONFLICT unless it matches.',
};

/** Generic writes for coordinators and admins; every one is audited. */
@Resolver()
export class WriteResolver {
  @Mutation(() => GraphNode, { description: 'Creates a node; the id is generated from the label.' })
  createNode(
    @Arg('label', () => NodeLabelEnum, { description: 'Label of the node.' }) label: NodeLabel,
    @Arg('properties', () => GraphQLJSONObject, PROPERTIES) properties: Json,
    @Ctx() ctx: Context,
  ): Promise<GraphNode> {
    return ctx.services.writes.createNode(label, properties);
  }

  @Mutation(() => GraphNode, { description: 'Sets or (with null) removes properties of a node.' })
  updateNode(
    @Arg('id', () => ID, { description: 'Node id.' }) id: string,
    @Arg('properties', () => GraphQLJSONObject, PROPERTIES) properties: Json,
    @Arg('expectedVersion', () => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<GraphNode> {
    return ctx.services.writes.updateNode(id, properties, expectedVersion);
  }

  @Mutation(() => ChangeResultView, { description: 'Deletes a node and its relationships.' })
  deleteNode(
    @Arg('id', () => ID, { description: 'Node id.' }) id: string,
    @Arg('expectedVersion', () => Int, OPTIONAL_EXPECTED) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeResultView> {
    return ctx.services.writes.deleteNode(id, expectedVersion);
  }

  @Mutation(() => GraphEdge, { description: 'Creates a relationship between two existing nodes.' })
  createRelationship(
    @Arg('type', () => RelationshipTypeEnum, { description: 'Relationship type.' })
    type: RelationshipType,
    @Arg('from', () => ID, { description: 'Start node id.' }) from: string,
    @Arg('to', () => ID, { description: 'End node id.' }) to: string,
    @Arg('properties', () => GraphQLJSONObject, { ...PROPERTIES, nullable: true })
    properties: Json | null,
    @Ctx() ctx: Context,
  ): Promise<GraphEdge> {
    return ctx.services.writes.createRelationship(type, from, to, properties ?? {});
  }

  @Mutation(() => GraphEdge, {
    description: 'Sets or (with null) removes relationship properties.',
  })
  updateRelationship(
    @Arg('type', () => RelationshipTypeEnum, { description: 'Relationship type.' })
    type: RelationshipType,
    @Arg('id', () => ID, { description: 'Relationship id (unique per type).' }) id: string,
    @Arg('properties', () => GraphQLJSONObject, PROPERTIES) properties: Json,
    @Arg('expectedVersion', () => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<GraphEdge> {
    return ctx.services.writes.updateRelationship(type, id, properties, expectedVersion);
  }

  @Mutation(() => ChangeResultView, { description: 'Deletes a relationship.' })
  deleteRelationship(
    @Arg('type', () => RelationshipTypeEnum, { description: 'Relationship type.' })
    type: RelationshipType,
    @Arg('id', () => ID, { description: 'Relationship id (unique per type).' }) id: string,
    @Arg('expectedVersion', () => Int, OPTIONAL_EXPECTED) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeResultView> {
    return ctx.services.writes.deleteRelationship(type, id, expectedVersion);
  }

  @Mutation(() => ChangeResultView, {
    description: 'Applies up to 100 changes atomically (all or nothing) with one audit entry.',
  })
  applyChanges(
    @Arg('changes', () => [ChangeInput], { description: 'The changes, applied in order.' })
    changes: ChangeInput[],
    @Arg('note', () => String, {
      nullable: true,
      description: 'Note for the audit trail (no personal data).',
    })
    note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeResultView> {
    return ctx.services.writes.applyChanges(changes, note);
  }
}
