import type { NodeLabel, RelationshipType, TieProposalStatus } from '@nzr/graph-schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeLabelEnum, RelationshipTypeEnum, TieProposalStatusEnum } from '../../graphql/enums.js';
import { GraphNode } from '../node/node.type.js';

@ObjectType('TieProposal', {
  description:
    'A tie one side proposed; it counts in the network only once the other side (or a coordinator) confirmed it. Seen only by both sides and coordinators.',
})
export class TieProposalView {
  @Field(() => ID, { description: 'Id, e.g. tie-4f2a….' })
  id!: string;

  @Field(() => GraphNode, {
    nullable: true,
    description: 'The proposing side; null if it is gone.',
  })
  from!: GraphNode | null;

  @Field(() => GraphNode, { nullable: true, description: 'The other side; null if it is gone.' })
  to!: GraphNode | null;

  @Field(() => NodeLabelEnum, { description: 'Label of both actors.' })
  actorLabel!: NodeLabel;

  @Field(() => RelationshipTypeEnum, { description: 'The tie asked for.' })
  type!: RelationshipType;

  @Field(() => TieProposalStatusEnum, { description: 'Where the proposal stands.' })
  status!: TieProposalStatus;

  @Field(() => [TieProposalStatusEnum], {
    description: 'Decisions this viewer may take now (empty when none).',
  })
  decisions!: TieProposalStatus[];

  @Field(() => String, { nullable: true, description: 'Note of the proposer.' })
  note!: string | null;

  @Field(() => String, { description: 'ISO timestamp of the proposal.' })
  proposedAt!: string;

  @Field(() => ID, { nullable: true, description: 'Account that decided.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO timestamp of the decision.' })
  decidedAt!: string | null;

  @Field(() => ID, { nullable: true, description: 'The tie, once confirmed.' })
  tieId!: string | null;

  @Field(() => Int, { description: 'Version, for decisions (optimistic concurrency).' })
  version!: number;
}

@ObjectType('TieProposalPage', { description: 'A page of tie proposals, newest first.' })
export class TieProposalPageView {
  @Field(() => [TieProposalView], {
    description:
      'Proposals on this page (proposals naming a person hidden from the viewer are left out, so a page may hold fewer).',
  })
  tieProposals!: TieProposalView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether a page follows this one.' })
  hasNextPage!: boolean;
}
