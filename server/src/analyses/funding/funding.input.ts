import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class FundingMatchesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The applying institution; give exactly one of institutionId, regionId.',
  })
  institutionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A region: programmes open to it, on the themes of its actors (or topicIds).',
  })
  regionId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Themes to match instead of the applicant's own; at most 50.",
  })
  topicIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date; programmes whose deadline lies before it are left out. Default today.',
  })
  today?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'Number of programmes, 1 to 100.' })
  limit!: number;
}
