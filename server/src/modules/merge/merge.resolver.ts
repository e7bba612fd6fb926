/** Merging two entries (coordinators and admins). Thin: input in, MergeService, result out. */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { MergeNodesInput } from './merge.input.js';
import { MergeResultView } from './merge.type.js';

@Resolver()
export class MergeResolver {
  @Mutation(() => MergeResultView, {
    description:
      'Merges a possible duplicate into the entry that stays: relationships moved, missing properties taken, the other entry deleted; one transaction, one audit entry (node.merge).',
  })
  mergeNodes(
    @Arg('input', () => MergeNodesInput, { description: 'Which entry stays, which goes.' })
    input: MergeNodesInput,
    @Ctx() ctx: Context,
  ): Promise<MergeResultView> {
    return ctx.services.merge.merge(input);
  }
}
