import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('GeoPoint', { description: 'A WGS-84 coordinate.' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees, -180 to 180.' })
  longitude!: number;
}
