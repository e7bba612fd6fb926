import { Field, ID, ObjectType } from 'type-graphql';
import { GraphEdge } from '../neighbourhood/neighbourhood.type.js';
import { GraphNode } from '../node/node.type.js';

@ObjectType('AuditItem', {
  description: 'One change recorded in an audit entry (names, never values).',
})
export class AuditItemView {
  @Field(() => String, { description: 'Operation, e.g. createNode.' })
  op!: string;

  @Field(() => String, { description: 'Node label or relationship type.' })
  kind!: string;

  @Field(() => ID, { description: 'Id of the node or relationship.' })
  id!: string;

  @Field(() => [String], { description: 'Names of the properties set or removed.' })
  properties!: string[];
}

@ObjectType('AuditEntry', {
  description: 'Who changed what, when (written with the change itself).',
})
export class AuditEntryView {
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field(() => String, { description: 'ISO timestamp of the commit.' })
  at!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Account that made the change; null for the system.',
  })
  actorId!: string | null;

  @Field(() => String, { description: 'Action, e.g. node.update, import.apply, person.erase.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Short note without personal data.' })
  note!: string | null;

  @Field(() => [AuditItemView], { description: 'The individual changes.' })
  items!: AuditItemView[];

  @Field(() => [ID], { description: 'Ids of every node and relationship touched.' })
  entityIds!: string[];
}

@ObjectType('AuditPage', { description: 'A page of audit entries, newest first.' })
export class AuditPageView {
  @Field(() => [AuditEntryView], { description: 'Entries on this page.' })
  entries!: AuditEntryView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether a page follows this one.' })
  hasNextPage!: boolean;
}

@ObjectType('PersonData', {
  description:
    'Everything stored about a person (GDPR Art. 15 export): node, relationships, audit entries.',
})
export class PersonDataView {
  @Field(() => GraphNode, { description: 'The person with all properties.' })
  node!: GraphNode;

  @Field(() => [GraphEdge], { description: 'Every relationship of the person.' })
  relationships!: GraphEdge[];

  @Field(() => [GraphNode], { description: 'The nodes at the other ends of those relationships.' })
  related!: GraphNode[];

  @Field(() => [AuditEntryView], {
    description: 'Audit entries that touched the person, newest first.',
  })
  audit!: AuditEntryView[];

  @Field(() => Boolean, { description: 'True when the lists were cut at their bounds.' })
  truncated!: boolean;
}
