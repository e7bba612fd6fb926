import { Field, Int, ObjectType } from 'type-graphql';
import { ResourceMatchView } from '../kernel/resource-match.type.js';
import { UnmatchedResourceView } from './unmatched-resource.type.js';

@ObjectType('ResourceMatches', { description: 'Offers matched to needs, best first.' })
export class ResourceMatchesView {
  @Field(() => [ResourceMatchView], { description: 'Matches, best first.' })
  matches!: ResourceMatchView[];

  @Field(() => [UnmatchedResourceView], {
    description:
      'Needs (of the actor, or of the actors in the region) that no offer within the distance meets; at most `limit`, by kind.',
  })
  unmatchedNeeds!: UnmatchedResourceView[];

  @Field(() => Int, { description: 'All unmatched needs, also those beyond `limit`.' })
  unmatchedNeedCount!: number;

  @Field(() => [UnmatchedResourceView], {
    description:
      'Offers of the actors in the region that meet none of the region’s needs within the distance (region only; empty for actorId); at most `limit`, by kind.',
  })
  unmatchedOffers!: UnmatchedResourceView[];

  @Field(() => Int, { description: 'All unmatched offers, also those beyond `limit`.' })
  unmatchedOfferCount!: number;

  @Field(() => Boolean, {
    description: 'True when a bound (region size, candidates) cut the input short.',
  })
  truncated!: boolean;
}
