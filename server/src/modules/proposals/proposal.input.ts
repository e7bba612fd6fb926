import type { NodeLabel } from '@nzr/graph-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NodeLabelEnum } from '../../graphql/enums.js';

@InputType('ProposedResourceInput', { description: 'An offer or need of a proposed entry.' })
export class ProposedResourceInput {
  @Field(() => String, { description: 'What is offered or needed, e.g. Werkstattraum.' })
  name!: string;

  @Field(() => String, { description: 'Resource kind (graph-schema RESOURCE_KINDS), e.g. rooms.' })
  kind!: string;
}

@InputType('ProposalPayloadInput', { description: 'What a proposal would write to the network.' })
export class ProposalPayloadInput {
  @Field(() => NodeLabelEnum, { description: 'Institution (organisation, initiative) or Project.' })
  label!: NodeLabel;

  @Field(() => GraphQLJSONObject, {
    description: 'Properties of the label (new: the required ones; change: only those to set).',
  })
  properties!: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'Municipality or other region of the entry.' })
  regionId!: string | null;

  @Field(() => [ID], { description: 'Topics (change: topics to add).' })
  topicIds!: string[];

  @Field(() => [ProposedResourceInput], { description: 'Offers (institutions only).' })
  offers!: ProposedResourceInput[];

  @Field(() => [ProposedResourceInput], { description: 'Needs (institutions only).' })
  needs!: ProposedResourceInput[];
}

@InputType('SubmitProposalInput', {
  description: 'A proposed new entry (anyone) or a change of an entry the member acts for.',
})
export class SubmitProposalInput {
  @Field(() => ProposalPayloadInput, { description: 'The proposed entry or change.' })
  payload!: ProposalPayloadInput;

  @Field(() => ID, { nullable: true, description: 'The entry to change; absent for a new entry.' })
  targetId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Optional contact e-mail; kept only until the proposal is decided.',
  })
  contactEmail!: string | null;

  @Field(() => String, { description: 'Token of proposalFormToken, fetched when the form opened.' })
  formToken!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Must stay empty (a field people never see; bots fill it).',
  })
  website!: string | null;
}

@InputType('ApproveProposalInput', { description: 'A coordinator approves, optionally edited.' })
export class ApproveProposalInput {
  @Field(() => ID, { description: 'Proposal id.' })
  id!: string;

  @Field(() => Int, {
    description: 'Version the decision is based on; a stale one gives CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => ProposalPayloadInput, {
    nullable: true,
    description: 'The payload as edited by the coordinator; absent: as proposed.',
  })
  payload!: ProposalPayloadInput | null;
}

@InputType('RejectProposalInput', { description: 'A coordinator rejects, with a reason.' })
export class RejectProposalInput {
  @Field(() => ID, { description: 'Proposal id.' })
  id!: string;

  @Field(() => Int, {
    description: 'Version the decision is based on; a stale one gives CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why (at most 1,000 characters).' })
  reason!: string;
}
