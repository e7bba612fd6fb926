import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class DuplicatesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Region (with its sub-regions) to check; give exactly one of regionId, nodeId.',
  })
  regionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only the possible duplicates of this person or institution (checked in its district).',
  })
  nodeId?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'Number of pairs, 1 to 200.' })
  limit!: number;
}
