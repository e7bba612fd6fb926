import { ArgsType, Field, ID, Int } from 'type-graphql';
import { AnalysisNetwork } from './brokers.enums.js';

@ArgsType()
export class BrokersArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Region (with sub-regions); give exactly one of regionId, networkId.',
  })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Members of this network.' })
  networkId?: string | null;

  @Field(() => AnalysisNetwork, {
    defaultValue: AnalysisNetwork.cooperation,
    description:
      'Cooperations between institutions, or the social network of persons and institutions.',
  })
  network!: AnalysisNetwork;

  @Field(() => Int, {
    defaultValue: 20,
    description: 'Number of brokers and of cut points, 1 to 100.',
  })
  limit!: number;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date at which cooperations must be active; default today.',
  })
  asOf?: string | null;
}
