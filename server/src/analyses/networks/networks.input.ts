import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class NetworkOfNetworksArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Networks located in this region (or below); default the whole state.',
  })
  regionId?: string | null;
}
