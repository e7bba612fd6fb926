import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GeoPoint } from '../../modules/common/geo-point.type.js';
import { GraphNode } from '../../modules/node/node.type.js';
import { ReasonView } from '../kernel/reason.type.js';
import { ResourceMatchView } from '../kernel/resource-match.type.js';

@ObjectType('Ally', { description: 'A person or institution nearby who works on similar themes.' })
export class AllyView {
  @Field(() => GraphNode, { description: 'The ally.' })
  node!: GraphNode;

  @Field(() => Float, { description: 'Score: themes, nearness, friend-of-a-friend and offers.' })
  score!: number;

  @Field(() => Float, { description: 'Distance from the centre in kilometres.' })
  distanceKm!: number;

  @Field(() => [ID], { description: 'Themes shared with the asker (incl. key themes).' })
  sharedTopicIds!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Hops from the asker through contacts; null when not within 3 hops.',
  })
  hops!: number | null;

  @Field(() => [ID], {
    description: 'Contacts on one shortest path from the asker (asker and ally excluded).',
  })
  via!: string[];

  @Field(() => [ResourceMatchView], {
    description: 'Resources the ally offers that the asker needs.',
  })
  offers!: ResourceMatchView[];

  @Field(() => [ReasonView], { description: 'Machine-readable reasons.' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('AlliesNearby', { description: 'Allies nearby (Verbündete in der Nähe), best first.' })
export class AlliesView {
  @Field(() => [AllyView], { description: 'Allies, best first.' })
  allies!: AllyView[];

  @Field(() => GeoPoint, { description: 'Centre of the search.' })
  center!: GeoPoint;

  @Field(() => Float, { description: 'Radius searched, in kilometres.' })
  radiusKm!: number;

  @Field(() => Int, { description: 'Persons and institutions found within the radius.' })
  candidates!: number;

  @Field(() => Boolean, {
    description:
      'True when the radius held more actors than examined (the nearest 1000 are) or the network around the asker was cut.',
  })
  truncated!: boolean;
}
