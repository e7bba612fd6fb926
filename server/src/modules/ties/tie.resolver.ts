import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { DecideTieInput, ProposeTieInput } from './tie.input.js';
import { TieProposalPageView, TieProposalView } from './tie.type.js';

/** Ties confirmed from both sides; see tie.service.ts. */
@Resolver()
export class TieResolver {
  @Query(() => TieProposalPageView, {
    description:
      'Tie proposals of the entries the signed-in account acts for (either side), newest first (members).',
  })
  myTieProposals(
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`endCursor` of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<TieProposalPageView> {
    return ctx.services.ties.mine(first, after);
  }

  @Query(() => TieProposalPageView, {
    description:
      'Tie proposals, newest first, optionally of one region and only pending (coordinators).',
  })
  tieProposals(
    @Arg('regionId', () => ID, {
      nullable: true,
      description: 'Only pairs with an actor in this region.',
    })
    regionId: string | null,
    @Arg('myRegions', () => Boolean, {
      defaultValue: false,
      description:
        "Only records in the signed-in account's own districts (Account.regionIds) or without any place; all of Saxony when the account has none. Combines with regionId.",
    })
    myRegions: boolean,
    @Arg('pendingOnly', () => Boolean, {
      defaultValue: true,
      description: 'Only pending proposals.',
    })
    pendingOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`endCursor` of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<TieProposalPageView> {
    return ctx.services.ties.list({ regionId, myRegions, pendingOnly, first, after });
  }

  @Mutation(() => TieProposalView, {
    description: 'Proposes a tie for an entry the account acts for; it counts only once confirmed.',
  })
  proposeTie(
    @Arg('input', () => ProposeTieInput, { description: 'The pair and an optional note.' })
    input: ProposeTieInput,
    @Ctx() ctx: Context,
  ): Promise<TieProposalView> {
    return ctx.services.ties.propose(input);
  }

  @Mutation(() => TieProposalView, {
    description: 'Confirms (writes the tie), declines or withdraws a pending proposal.',
  })
  decideTie(
    @Arg('input', () => DecideTieInput, { description: 'The decision.' })
    input: DecideTieInput,
    @Ctx() ctx: Context,
  ): Promise<TieProposalView> {
    return ctx.services.ties.decide(input);
  }
}
