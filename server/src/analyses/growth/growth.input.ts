import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class GrowthArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'A region (district or municipality); default the whole state.',
  })
  regionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date the last year ends on; default today.',
  })
  today?: string | null;
}
