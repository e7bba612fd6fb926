/**
 * One offer matched to one need, as the API shows it: shared by resource matches (every match) and allies
 * nearby (what each ally offers that the asker needs), so it lives in the kernel.
 */
import type { ResourceKind } from '@nzr/graph-schema';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GraphNode } from '../../modules/node/node.type.js';
import { ResourceKindEnum } from './analysis.enums.js';
import type { AnalysisDeps } from './deps.js';
import { requiredView } from './deps.js';
import { ReasonView, toReasonViews } from './reason.type.js';
import type { ResourceMatch } from './resource-matching.js';
import type { Snapshot } from './snapshot.js';

@ObjectType('ResourceMatch', {
  description: 'An offered resource (Angebot) that matches a needed one (Bedarf) of the same kind.',
})
export class ResourceMatchView {
  @Field(() => GraphNode, { description: 'The needed resource.' })
  need!: GraphNode;

  @Field(() => GraphNode, { description: 'Who needs it.' })
  needOwner!: GraphNode;

  @Field(() => GraphNode, { description: 'The offered resource.' })
  offer!: GraphNode;

  @Field(() => GraphNode, { description: 'Who offers it.' })
  offerOwner!: GraphNode;

  @Field(() => ResourceKindEnum, { description: 'Kind of both resources.' })
  kind!: ResourceKind;

  @Field(() => Float, { description: 'Score 0 to 1: half theme fit, half nearness.' })
  score!: number;

  @Field(() => [ID], {
    description: 'Themes both resources share (empty when one is theme-neutral).',
  })
  sharedTopicIds!: string[];

  @Field(() => Float, { nullable: true, description: 'Distance in kilometres, when known.' })
  distanceKm!: number | null;

  @Field(() => [ReasonView], { description: 'Machine-readable reasons.' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;
}

export function resourceMatchView(
  deps: AnalysisDeps,
  snapshot: Snapshot,
  match: ResourceMatch,
): ResourceMatchView {
  return {
    need: requiredView(deps, snapshot, match.needId),
    needOwner: requiredView(deps, snapshot, match.needOwnerId),
    offer: requiredView(deps, snapshot, match.offerId),
    offerOwner: requiredView(deps, snapshot, match.offerOwnerId),
    kind: match.kind,
    score: match.score,
    sharedTopicIds: [...match.sharedTopicIds],
    distanceKm: match.distanceKm,
    reasons: toReasonViews(match.reasons),
    explanationDe: match.explanationDe,
  };
}
