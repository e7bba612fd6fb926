import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class RegionComparisonArgs {
  @Field(() => String, {
    nullable: true,
    description: 'ISO date: count cooperations begun since then as new (newTies).',
  })
  since?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date: end of the change window (needs since).',
  })
  until?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date at which cooperations must be active; default today.',
  })
  asOf?: string | null;
}
