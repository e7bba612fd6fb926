/** Brokers and cut points. Thin: arguments in, brokersQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { BrokersArgs } from './brokers.input.js';
import { brokersQuery } from './brokers.query.js';
import { BrokerageView } from './brokers.type.js';

@Resolver()
export class BrokersResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => BrokerageView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Brokers (Brückenbauer:innen) and single points of failure of a region or network.',
  })
  brokers(@Args(() => BrokersArgs) args: BrokersArgs, @Ctx() ctx: Context): Promise<BrokerageView> {
    return brokersQuery(ctx.services.analyses, args);
  }
}
