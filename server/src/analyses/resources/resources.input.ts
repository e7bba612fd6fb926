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
    description: 'Every need in this region (with sub-regions), matched to offers in the region.',
  })
  regionId?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'At most this many kilometres between need and offer (0 to 100); for actorId also the search radius (default 50).',
  })
  maxDistanceKm?: number | null;

  @Field(() => Int, { defaultValue: 20, description: 'Number of matches, 1 to 100.' })
  limit!: number;
}
