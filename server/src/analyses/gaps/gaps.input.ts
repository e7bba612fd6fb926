import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class GapTableArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Region (with its sub-regions) to analyse; give exactly one of regionId, networkId.',
  })
  regionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Network whose member institutions are analysed.',
  })
  networkId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only institutions working on this topic (or one of its sub-topics).',
  })
  topicId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date at which cooperations must be active; default today.',
  })
  asOf?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'When the region is a district with cells of too few data, also pool it with its nearest districts of the same kind.',
  })
  pool?: boolean | null;
}
