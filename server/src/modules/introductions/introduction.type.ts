import type {
  IntroductionChannel,
  IntroductionSource,
  IntroductionStatus,
  NodeLabel,
} from '@nzr/graph-schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  IntroductionChannelEnum,
  IntroductionSourceEnum,
  IntroductionStatusEnum,
  NodeLabelEnum,
} from '../../graphql/enums.js';
import { GraphNode } from '../node/node.type.js';

@ObjectType('Introduction', {
  description:
    'Two actors a coordinator brought together, followed up to cooperation (coordinators only).',
})
export class IntroductionView {
  @Field(() => ID, { description: 'Id, e.g. int-4f2a….' })
  id!: string;

  @Field(() => GraphNode, { nullable: true, description: 'One actor; null if it is gone.' })
  from!: GraphNode | null;

  @Field(() => GraphNode, { nullable: true, description: 'The other actor; null if it is gone.' })
  to!: GraphNode | null;

  @Field(() => NodeLabelEnum, { description: 'Label of both actors.' })
  actorLabel!: NodeLabel;

  @Field(() => IntroductionSourceEnum, { description: 'Where the idea came from.' })
  source!: IntroductionSource;

  @Field(() => IntroductionStatusEnum, { description: 'Where the pair stands.' })
  status!: IntroductionStatus;

  @Field(() => [IntroductionStatusEnum], { description: 'States the pair may move to now.' })
  nextStatuses!: IntroductionStatus[];

  @Field(() => IntroductionChannelEnum, {
    nullable: true,
    description: 'How they were introduced.',
  })
  channel!: IntroductionChannel | null;

  @Field(() => String, { nullable: true, description: 'Note of the coordinator.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Day of the introduction (YYYY-MM-DD).' })
  introducedOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'Account that recorded the introduction.' })
  introducedBy!: string | null;

  @Field(() => ID, { nullable: true, description: 'The cooperation tie, once cooperating.' })
  tieId!: string | null;

  @Field(() => Int, { description: 'Version, for moves (optimistic concurrency).' })
  version!: number;

  @Field(() => String, { description: 'ISO timestamp of creation.' })
  createdAt!: string;

  @Field(() => String, { description: 'ISO timestamp of the last change.' })
  updatedAt!: string;
}

@ObjectType('IntroductionPage', { description: 'A page of introductions, newest first.' })
export class IntroductionPageView {
  @Field(() => [IntroductionView], { description: 'Introductions on this page.' })
  introductions!: IntroductionView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether a page follows this one.' })
  hasNextPage!: boolean;
}

@ObjectType('IntroductionStatusCount', { description: 'How many pairs are in one state.' })
export class IntroductionStatusCountView {
  @Field(() => IntroductionStatusEnum, { description: 'The state.' })
  status!: IntroductionStatus;

  @Field(() => Int, { description: 'Number of pairs in it.' })
  count!: number;
}

@ObjectType('IntroductionSummary', {
  description:
    'How introductions in a region turned out: counts only, no names (public; below coordinator only institution pairs are counted).',
})
export class IntroductionSummaryView {
  @Field(() => Int, { description: 'Pairs ever noted or introduced.' })
  total!: number;

  @Field(() => Int, { description: 'Pairs that now cooperate (the tie was written).' })
  cooperating!: number;

  @Field(() => [IntroductionStatusCountView], { description: 'Count per state, in state order.' })
  byStatus!: IntroductionStatusCountView[];
}
