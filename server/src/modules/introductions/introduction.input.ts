import type {
  CooperationKind,
  IntroductionChannel,
  IntroductionSource,
  IntroductionStatus,
} from '@nzr/graph-schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  CooperationKindEnum,
  IntroductionChannelEnum,
  IntroductionSourceEnum,
  IntroductionStatusEnum,
} from '../../graphql/enums.js';

@InputType('RecordIntroductionInput', {
  description: 'A coordinator brings two actors (two institutions or two persons) together.',
})
export class RecordIntroductionInput {
  @Field(() => ID, { description: 'One actor.' })
  fromId!: string;

  @Field(() => ID, { description: 'The other actor (same label as fromId).' })
  toId!: string;

  @Field(() => IntroductionSourceEnum, { description: 'Where the idea came from.' })
  source!: IntroductionSource;

  @Field(() => IntroductionStatusEnum, {
    nullable: true,
    description: 'suggested (only noted) or introduced (default).',
  })
  status!: IntroductionStatus | null;

  @Field(() => IntroductionChannelEnum, {
    nullable: true,
    description: 'How they were introduced.',
  })
  channel!: IntroductionChannel | null;

  @Field(() => String, { nullable: true, description: 'Optional note (at most 1,000 characters).' })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Day of the introduction (YYYY-MM-DD); default today.',
  })
  introducedOn!: string | null;
}

@InputType('MoveIntroductionInput', { description: 'Moves an introduced pair to its next state.' })
export class MoveIntroductionInput {
  @Field(() => ID, { description: 'Introduction id.' })
  id!: string;

  @Field(() => IntroductionStatusEnum, { description: 'The new state (an allowed move).' })
  status!: IntroductionStatus;

  @Field(() => Int, { description: 'Version the move is based on; a stale one gives CONFLICT.' })
  expectedVersion!: number;

  @Field(() => IntroductionChannelEnum, {
    nullable: true,
    description: 'Channel, when introduced now.',
  })
  channel!: IntroductionChannel | null;

  @Field(() => String, { nullable: true, description: 'Replaces the note when given.' })
  note!: string | null;

  @Field(() => CooperationKindEnum, {
    nullable: true,
    description: 'Form of the cooperation written on cooperating (institutions; default project).',
  })
  cooperationKind!: CooperationKind | null;
}
