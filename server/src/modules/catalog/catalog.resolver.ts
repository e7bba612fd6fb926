import type { NodeLabel } from '@nzr/graph-schema';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { fixedCost, pagedCost } from '../../graphql/complexity.js';
import { SearchConnection } from '../search/search.type.js';
import { ListArgs } from './catalog.input.js';
import { RegionStatistics, TreeNode } from './catalog.type.js';

/**
 * Complexity estimates: a region count (one bounded subgraph) costs 5; children lists are assumed 10 wide,
 * the roots 2 (states) and 6 (key themes). So statistics for every district pass, statistics for every
 * municipality of a state (two levels of children) exceed the limit.
 */
const STATISTICS_COST = 5;
const CHILDREN_ESTIMATE = 10;
const ROOT_REGIONS_ESTIMATE = 2;
const ROOT_TOPICS_ESTIMATE = 6;

const list = (label: NodeLabel, args: ListArgs, ctx: Context): Promise<SearchConnection> =>
  ctx.services.catalog.list(label, args);

@Resolver(() => TreeNode)
export class CatalogResolver {
  @Query(() => [TreeNode], {
    description: 'Children of a region, or without `parentId` the top regions (level state).',
    complexity: ({ args, childComplexity }) =>
      1 +
      (args.parentId ? CHILDREN_ESTIMATE : ROOT_REGIONS_ESTIMATE) * Math.max(1, childComplexity),
  })
  regions(
    @Arg('parentId', () => ID, { nullable: true, description: 'Parent region.' })
    parentId: string | null,
    @Ctx() ctx: Context,
  ): Promise<TreeNode[]> {
    return parentId ? ctx.services.catalog.children(parentId) : ctx.services.catalog.rootRegions();
  }

  @Query(() => TreeNode, {
    nullable: true,
    description: 'A region or topic in its tree; null if none.',
  })
  treeNode(
    @Arg('id', () => ID, { description: 'Region or topic id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<TreeNode | null> {
    return ctx.services.catalog.tree(id);
  }

  @Query(() => [TreeNode], {
    description: 'The key themes with their sub-topics (ask for `children`).',
    complexity: pagedCost('none', ROOT_TOPICS_ESTIMATE),
  })
  topics(@Ctx() ctx: Context): Promise<TreeNode[]> {
    return ctx.services.catalog.rootTopics();
  }

  @FieldResolver(() => [TreeNode], {
    description: 'Sub-regions or sub-topics, by name (one batched store call per tree level).',
    complexity: pagedCost('none', CHILDREN_ESTIMATE),
  })
  children(@Root() tree: TreeNode, @Ctx() ctx: Context): Promise<TreeNode[]> {
    return ctx.services.catalog.children(tree.node.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the parent region or topic.' })
  parentId(@Root() tree: TreeNode, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.catalog.parentId(tree.node.id);
  }

  @FieldResolver(() => RegionStatistics, {
    nullable: true,
    description:
      'Actor counts of a region incl. sub-regions (visible persons only); null for topics.',
    complexity: fixedCost(STATISTICS_COST),
  })
  statistics(@Root() tree: TreeNode, @Ctx() ctx: Context): Promise<RegionStatistics> | null {
    return tree.node.label === 'Region'
      ? ctx.services.catalog.regionStatistics(tree.node.id)
      : null;
  }

  @Query(() => SearchConnection, {
    description: 'Regional networks.',
    complexity: pagedCost('first', 20),
  })
  networks(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context): Promise<SearchConnection> {
    return list('Network', args, ctx);
  }

  @Query(() => SearchConnection, {
    description: 'Funding programmes.',
    complexity: pagedCost('first', 20),
  })
  fundingProgrammes(
    @Args(() => ListArgs) args: ListArgs,
    @Ctx() ctx: Context,
  ): Promise<SearchConnection> {
    return list('FundingProgramme', args, ctx);
  }

  @Query(() => SearchConnection, {
    description:
      'Resources offered or needed (filter `kinds`: money, material, staff_time, rooms, know_how).',
    complexity: pagedCost('first', 20),
  })
  resources(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context): Promise<SearchConnection> {
    return list('Resource', args, ctx);
  }

  @Query(() => SearchConnection, {
    description: 'Projects and good-practice examples.',
    complexity: pagedCost('first', 20),
  })
  projects(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context): Promise<SearchConnection> {
    return list('Project', args, ctx);
  }
}
