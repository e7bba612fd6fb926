import { Field, Int, ObjectType } from 'type-graphql';
import { GraphNode } from '../node/node.type.js';

@ObjectType('RegionStatistics', {
  description:
    'Actors located in a region or any region below it, counted as the viewer may see them.',
})
export class RegionStatistics {
  @Field(() => Int, { description: 'Institutions located in the region (incl. sub-regions).' })
  institutions!: number;

  @Field(() => Int, {
    description: 'Persons located in the region (incl. sub-regions) that are visible to you.',
  })
  persons!: number;

  @Field(() => Int, { description: 'Institutions plus visible persons.' })
  actors!: number;

  @Field(() => Boolean, {
    description: 'True when the count hit its bound (200,000) and is a lower bound.',
  })
  truncated!: boolean;
}

@ObjectType('TreeNode', {
  description: 'A region or topic in its hierarchy (PART_OF), with its children loaded on demand.',
})
export class TreeNode {
  @Field(() => GraphNode, { description: 'The region or topic.' })
  node!: GraphNode;

  // children, parentId and statistics are field resolvers (catalog.resolver.ts): loaded only when asked.
}
