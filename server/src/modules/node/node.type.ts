import type { NodeLabel, Sector, Visibility } from '@nzr/graph-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeLabelEnum, SectorEnum, VisibilityEnum } from '../../graphql/enums.js';
import { GeoPoint } from '../common/geo-point.type.js';

/**
 * One node of the network graph, whatever its label. A single object type (rather than one type per label)
 * keeps the first API small and robust; label-specific types can be added beside it later.
 */
@ObjectType('GraphNode', {
  description: 'A node of the network graph: actor, institution, topic, region, ...',
})
export class GraphNode {
  @Field(() => ID, { description: 'Stable id, e.g. ins-4f2a.' })
  id!: string;

  @Field(() => NodeLabelEnum, { description: 'Label (kind) of the node.' })
  label!: NodeLabel;

  @Field(() => Int, { description: 'Version, starts at 1 and grows with every update.' })
  version!: number;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  description!: string | null;

  @Field(() => SectorEnum, { nullable: true, description: 'Sector; set for institutions only.' })
  sector!: Sector | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Visibility; set for persons only.' })
  visibility!: Visibility | null;

  @Field(() => GeoPoint, { nullable: true, description: 'Coordinate, when known.' })
  location!: GeoPoint | null;

  @Field(() => GraphQLJSONObject, {
    description: 'All properties the viewer may see, as stored (keys per label, see graph-schema).',
  })
  properties!: Record<string, unknown>;

  @Field(() => String, { description: 'ISO timestamp of creation.' })
  createdAt!: string;

  @Field(() => String, { description: 'ISO timestamp of the last update.' })
  updatedAt!: string;
}
