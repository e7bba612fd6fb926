import type { ResourceKind } from '@nzr/graph-schema';
import { Field, ObjectType } from 'type-graphql';
import { GraphNode } from '../../modules/node/node.type.js';
import { ResourceKindEnum } from '../kernel/analysis.enums.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { requiredView } from '../kernel/deps.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { UnmatchedResource } from '../kernel/unmatched-resources.js';

@ObjectType('UnmatchedResource', {
  description: 'A need or an offer that no counterpart within the distance bound meets.',
})
export class UnmatchedResourceView {
  @Field(() => GraphNode, { description: 'The needed or offered resource.' })
  resource!: GraphNode;

  @Field(() => GraphNode, { description: 'Who needs or offers it.' })
  owner!: GraphNode;

  @Field(() => ResourceKindEnum, { description: 'Kind of the resource.' })
  kind!: ResourceKind;
}

export function unmatchedResourceView(
  deps: AnalysisDeps,
  snapshot: Snapshot,
  item: UnmatchedResource,
): UnmatchedResourceView {
  return {
    resource: requiredView(deps, snapshot, item.resourceId),
    owner: requiredView(deps, snapshot, item.ownerId),
    kind: item.kind,
  };
}
