import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { MoveIntroductionInput, RecordIntroductionInput } from './introduction.input.js';
import {
  IntroductionPageView,
  IntroductionSummaryView,
  IntroductionView,
} from './introduction.type.js';

/** Introductions followed up to cooperation ("Vernetzung anstoßen"); see introduction.service.ts. */
@Resolver()
export class IntroductionResolver {
  @Query(() => IntroductionPageView, {
    description:
      'Introductions, newest first, optionally of one region and only open ones (coordinators).',
  })
  introductions(
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
    @Arg('openOnly', () => Boolean, {
      defaultValue: false,
      description: 'Only suggested, introduced and in-contact pairs.',
    })
    openOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`endCursor` of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<IntroductionPageView> {
    return ctx.services.introductions.list({ regionId, myRegions, openOnly, first, after });
  }

  @Query(() => IntroductionSummaryView, {
    description:
      'How many introduced pairs are in each state, in a region or overall (counts only).',
  })
  introductionSummary(
    @Arg('regionId', () => ID, {
      nullable: true,
      description: 'Region (any level); all when absent.',
    })
    regionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<IntroductionSummaryView> {
    return ctx.services.introductions.summary(regionId);
  }

  @Mutation(() => IntroductionView, {
    description:
      'Records that a coordinator introduced two actors (or noted the pair as suggested).',
  })
  recordIntroduction(
    @Arg('input', () => RecordIntroductionInput, { description: 'The pair and how.' })
    input: RecordIntroductionInput,
    @Ctx() ctx: Context,
  ): Promise<IntroductionView> {
    return ctx.services.introductions.record(input);
  }

  @Mutation(() => IntroductionView, {
    description: 'Moves a pair to its next state; cooperating writes the cooperation tie with it.',
  })
  moveIntroduction(
    @Arg('input', () => MoveIntroductionInput, { description: 'The move.' })
    input: MoveIntroductionInput,
    @Ctx() ctx: Context,
  ): Promise<IntroductionView> {
    return ctx.services.introductions.move(input);
  }
}
