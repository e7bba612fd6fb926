import type { CooperationKind, TieProposalStatus } from '@nzr/graph-schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CooperationKindEnum, TieProposalStatusEnum } from '../../graphql/enums.js';

@InputType('ProposeTieInput', {
  description:
    'A member who acts for one actor proposes a cooperation (two institutions) or an acquaintance (two persons).',
})
export class ProposeTieInput {
  @Field(() => ID, { description: 'The actor the member acts for.' })
  fromId!: string;

  @Field(() => ID, { description: 'The other actor (same label as fromId).' })
  toId!: string;

  @Field(() => String, { nullable: true, description: 'Optional note (at most 1,000 characters).' })
  note!: string | null;
}

@InputType('DecideTieInput', {
  description:
    'Confirms or declines a proposal (the other side or a coordinator), or withdraws it (the proposing side).',
})
export class DecideTieInput {
  @Field(() => ID, { description: 'Proposal id.' })
  id!: string;

  @Field(() => TieProposalStatusEnum, { description: 'confirmed, declined or withdrawn.' })
  status!: TieProposalStatus;

  @Field(() => Int, {
    description: 'Version the decision is based on; a stale one gives CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => CooperationKindEnum, {
    nullable: true,
    description: 'Form of the cooperation written on confirmation (institutions; default project).',
  })
  cooperationKind!: CooperationKind | null;
}
