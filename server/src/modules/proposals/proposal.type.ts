import type { NodeLabel, ProposalKind, ProposalStatus } from '@nzr/graph-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeLabelEnum, ProposalKindEnum, ProposalStatusEnum } from '../../graphql/enums.js';
import { GraphNode } from '../node/node.type.js';

@ObjectType('ProposedResource', { description: 'An offer or need of a proposed entry.' })
export class ProposedResourceView {
  @Field(() => String, { description: 'What is offered or needed.' })
  name!: string;

  @Field(() => String, { description: 'Resource kind.' })
  kind!: string;
}

@ObjectType('ProposalPayload', { description: 'What a proposal would write.' })
export class ProposalPayloadView {
  @Field(() => NodeLabelEnum, { description: 'Institution or Project.' })
  label!: NodeLabel;

  @Field(() => GraphQLJSONObject, { description: 'Proposed properties.' })
  properties!: Record<string, unknown>;

  @Field(() => GraphNode, { nullable: true, description: 'Proposed region, if known.' })
  region!: GraphNode | null;

  @Field(() => [GraphNode], { description: 'Proposed topics that exist.' })
  topics!: GraphNode[];

  @Field(() => [ProposedResourceView], { description: 'Offers.' })
  offers!: ProposedResourceView[];

  @Field(() => [ProposedResourceView], { description: 'Needs.' })
  needs!: ProposedResourceView[];
}

@ObjectType('Proposal', {
  description:
    'A proposed entry or change waiting for (or past) moderation; coordinators and the proposer only.',
})
export class ProposalView {
  @Field(() => ID, { description: 'Id, e.g. pro-4f2a….' })
  id!: string;

  @Field(() => ProposalKindEnum, { description: 'New entry or change.' })
  kind!: ProposalKind;

  @Field(() => ProposalStatusEnum, { description: 'pending, approved or rejected.' })
  status!: ProposalStatus;

  @Field(() => String, { description: 'Name of the proposed entry.' })
  title!: string;

  @Field(() => ProposalPayloadView, { description: 'The proposed entry or change.' })
  payload!: ProposalPayloadView;

  @Field(() => GraphNode, { nullable: true, description: 'The entry a change is for.' })
  target!: GraphNode | null;

  @Field(() => String, { nullable: true, description: 'Reason of a rejection.' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact e-mail of the proposer (coordinators; erased on decision).',
  })
  contactEmail!: string | null;

  @Field(() => [GraphNode], {
    description:
      'Entries with the same normalised name nearby: possible duplicates (coordinators).',
  })
  duplicates!: GraphNode[];

  @Field(() => [ID], { description: 'Ids written on approval.' })
  createdIds!: string[];

  @Field(() => String, { description: 'ISO timestamp of the proposal.' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp of the decision.' })
  decidedAt!: string | null;

  @Field(() => Int, { description: 'Version; a decision names it.' })
  version!: number;
}

@ObjectType('ProposalPage', { description: 'A page of proposals, newest first.' })
export class ProposalPageView {
  @Field(() => [ProposalView], { description: 'The proposals.' })
  proposals!: ProposalView[];

  @Field(() => String, { nullable: true, description: 'Cursor for the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether there are more.' })
  hasNextPage!: boolean;
}

@ObjectType('ProposalReceipt', {
  description: 'What the proposer learns: the proposal was received and waits for moderation.',
})
export class ProposalReceiptView {
  @Field(() => ID, { description: 'Proposal id.' })
  id!: string;

  @Field(() => ProposalStatusEnum, { description: 'Always pending.' })
  status!: ProposalStatus;
}
