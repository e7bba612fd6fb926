import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('CoordinateInput', { description: 'A WGS-84 coordinate.' })
export class CoordinateInput {
  @Field(() => Float, { description: 'Latitude in degrees, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees, -180 to 180.' })
  longitude!: number;
}

@ArgsType()
export class AlliesNearbyArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The asking person or institution; give exactly one of actorId, regionId, point.',
  })
  actorId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Search around the centre of this region (e.g. a municipality).',
  })
  regionId?: string | null;

  @Field(() => CoordinateInput, { nullable: true, description: 'Search around this coordinate.' })
  point?: CoordinateInput | null;

  @Field(() => Float, {
    defaultValue: 20,
    description: 'Radius in kilometres, more than 0 and at most 100.',
  })
  radiusKm!: number;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Themes to match (added to the asker's own); allies must work on one of them. At most 50.",
  })
  topicIds?: string[] | null;

  @Field(() => Int, { defaultValue: 20, description: 'Number of allies, 1 to 100.' })
  limit!: number;
}
