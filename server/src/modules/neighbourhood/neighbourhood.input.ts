import type { RelationshipType } from '@nzr/graph-schema';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { RelationshipTypeEnum } from '../../graphql/enums.js';
import { NodeFilterInput } from '../common/node-filter.input.js';

export const DEFAULT_NEIGHBOURHOOD_LIMIT = 500;

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => [ID], { description: 'Start nodes (1 to 100).' })
  ids!: string[];

  @Field(() => Int, { defaultValue: 1, description: 'Number of hops, 1 to 3.' })
  depth!: number;

  @Field(() => [RelationshipTypeEnum], {
    nullable: true,
    description: 'Relationship types to follow (both directions); all when omitted.',
  })
  relationshipTypes?: RelationshipType[] | null;

  @Field(() => NodeFilterInput, {
    nullable: true,
    description: 'Filter for reached nodes (not for start nodes).',
  })
  filter?: NodeFilterInput | null;

  @Field(() => Int, {
    defaultValue: DEFAULT_NEIGHBOURHOOD_LIMIT,
    description: 'Maximum number of nodes, 1 to 5000; nearer hops first.',
  })
  limit!: number;
}
