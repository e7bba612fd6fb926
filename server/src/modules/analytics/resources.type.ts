import type { ResourceKind } from '@nzr/graph-schema';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GraphNode } from '../node/node.type.js';
import { ResourceKindEnum } from './analytics.enums.js';
import { ReasonView } from './reason.type.js';

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

@ObjectType('ResourceMatches', { description: 'Offers matched to needs, best first.' })
export class ResourceMatchesView {
  @Field(() => [ResourceMatchView], { description: 'Matches, best first.' })
  matches!: ResourceMatchView[];

  @Field(() => Boolean, {
    description: 'True when a bound (region size, candidates) cut the input short.',
  })
  truncated!: boolean;
}
