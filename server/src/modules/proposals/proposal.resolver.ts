import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ProposalStatus } from '@nzr/graph-schema';
import type { Context } from '../../context.js';
import { ProposalStatusEnum } from '../../graphql/enums.js';
import {
  ApproveProposalInput,
  RejectProposalInput,
  SubmitProposalInput,
} from './proposal.input.js';
import { ProposalPageView, ProposalReceiptView, ProposalView } from './proposal.type.js';

/** Proposed entries and changes with their moderation ("Eintrag vorschlagen"); see proposal.service.ts. */
@Resolver()
export class ProposalResolver {
  @Query(() => String, {
    description: 'A signed token for the proposal form; fetch it when the form opens.',
  })
  proposalFormToken(@Ctx() ctx: Context): string {
    return ctx.services.proposals.formToken();
  }

  @Query(() => ProposalPageView, {
    description: 'Proposals, newest first: all for coordinators, their own for members.',
  })
  proposals(
    @Arg('regionId', () => ID, { nullable: true, description: 'Only proposals in this region.' })
    regionId: string | null,
    @Arg('myRegions', () => Boolean, {
      defaultValue: false,
      description:
        "Only records in the signed-in account's own districts (Account.regionIds) or without any place; all of Saxony when the account has none. Combines with regionId.",
    })
    myRegions: boolean,
    @Arg('status', () => ProposalStatusEnum, { nullable: true, description: 'Only this state.' })
    status: ProposalStatus | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the last page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProposalPageView> {
    return ctx.services.proposals.list({ regionId, myRegions, status, first, after });
  }

  @Query(() => Int, { description: 'How many proposals wait for moderation (coordinators).' })
  pendingProposalCount(
    @Arg('regionId', () => ID, {
      nullable: true,
      description: 'Region (any level); all if absent.',
    })
    regionId: string | null,
    @Arg('myRegions', () => Boolean, {
      defaultValue: false,
      description:
        "Only records in the signed-in account's own districts (Account.regionIds) or without any place; all of Saxony when the account has none. Combines with regionId.",
    })
    myRegions: boolean,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return ctx.services.proposals.pendingCount(regionId, myRegions);
  }

  @Mutation(() => ProposalReceiptView, {
    description: 'Proposes a new entry (anyone) or a change of an entry the member acts for.',
  })
  submitProposal(
    @Arg('input', () => SubmitProposalInput, { description: 'The proposal.' })
    input: SubmitProposalInput,
    @Ctx() ctx: Context,
  ): Promise<ProposalReceiptView> {
    return ctx.services.proposals.submit(input);
  }

  @Mutation(() => ProposalView, {
    description: 'Approves a pending proposal (coordinators): writes the entry with the decision.',
  })
  approveProposal(
    @Arg('input', () => ApproveProposalInput, { description: 'The decision.' })
    input: ApproveProposalInput,
    @Ctx() ctx: Context,
  ): Promise<ProposalView> {
    return ctx.services.proposals.approve(input);
  }

  @Mutation(() => ProposalView, { description: 'Rejects a pending proposal with a reason.' })
  rejectProposal(
    @Arg('input', () => RejectProposalInput, { description: 'The decision.' })
    input: RejectProposalInput,
    @Ctx() ctx: Context,
  ): Promise<ProposalView> {
    return ctx.services.proposals.reject(input);
  }
}
