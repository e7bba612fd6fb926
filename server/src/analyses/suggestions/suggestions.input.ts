import type { Sector } from '@nzr/graph-schema';
import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import { SectorEnum } from '../../graphql/enums.js';

@ArgsType()
export class LinkSuggestionsArgs {
  @Field(() => ID, { description: 'Region (with its sub-regions) whose institutions are paired.' })
  regionId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only pairs with this institution (located in the region); all pairs when omitted.',
  })
  actorId?: string | null;

  @Field(() => [SectorEnum], {
    nullable: true,
    description: 'Both institutions in one of these sectors.',
  })
  sectors?: Sector[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Both institutions work on one of these topics (or a sub-topic); at most 50.',
  })
  topicIds?: string[] | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'At most this many kilometres apart (0 to 1000); pairs of unknown distance are dropped.',
  })
  maxDistanceKm?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only pairs from different sectors.' })
  crossSectorOnly!: boolean;

  @Field(() => [[SectorEnum]], {
    nullable: true,
    description:
      'Sector pairs to aim at first, in this order (e.g. the gap cells of gapTable with verdict gap): the best ' +
      'pairs between the two sectors of each (up to perTarget), then the rest by score; at most 21 pairs of ' +
      'two sectors each (one sector twice: pairs within it).',
  })
  targetSectorPairs?: Sector[][] | null;

  @Field(() => Int, {
    defaultValue: 3,
    description: 'Suggestions per target sector pair, 1 to 20.',
  })
  perTarget?: number;

  @Field(() => Int, { defaultValue: 20, description: 'Number of suggestions, 1 to 100.' })
  limit!: number;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date at which cooperations must be active; default today.',
  })
  asOf?: string | null;
}
