import { DATED_RELATIONSHIP_TYPES, RELATIONSHIP_PERIODS } from '@nzr/graph-schema';
import type { RelationshipType } from '@nzr/graph-schema';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { RelationshipTypeEnum } from '../../graphql/enums.js';
import { NodeFilterInput } from '../common/node-filter.input.js';

export const DEFAULT_NEIGHBOURHOOD_LIMIT = 500;

/** The date properties bounding relationship periods, named in the description from graph-schema. */
function periodNames(bound: 'begin' | 'end'): string {
  const names = DATED_RELATIONSHIP_TYPES.map((type) => RELATIONSHIP_PERIODS[type][bound]);
  return [...new Set(names)]
    .filter((name) => name !== null)
    .map((name) => `\`${name}\``)
    .join(' or ');
}

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

  @Field(() => String, {
    nullable: true,
    description:
      'ISO date YYYY-MM-DD ("as of"): follow and return only relationships in force on that day. A ' +
      `relationship is not in force when its begin date (${periodNames('begin')}) is after the day or ` +
      `its end date (${periodNames('end')}) is before it; relationships without dates always are. ` +
      'Nodes reachable only through relationships not in force are left out. All when omitted.',
  })
  activeOn?: string | null;
}
