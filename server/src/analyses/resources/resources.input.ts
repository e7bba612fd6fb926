import { ArgsType, Field, Float, ID, Int } from 'type-graphql';

@ArgsType()
export class ResourceMatchesArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Needs of this actor, matched to offers nearby; give exactly one of actorId, regionId.',
  })
  actorId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Every need of the actors in this region (with sub-regions), matched to offers within maxDistanceKm, across the region’s border too.',
  })
  regionId?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'At most this many kilometres between need and offer (0 to 100, default 50); also the search radius.',
  })
  maxDistanceKm?: number | null;

  @Field(() => Int, { defaultValue: 20, description: 'Number of matches, 1 to 100.' })
  limit!: number;
}
