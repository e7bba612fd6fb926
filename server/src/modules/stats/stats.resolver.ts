import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Stats } from './stats.type.js';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts of nodes per label and relationships per type.' })
  stats(@Ctx() ctx: Context): Promise<Stats> {
    return ctx.services.stats.stats();
  }
}
