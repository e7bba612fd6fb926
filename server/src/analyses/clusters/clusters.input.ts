import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ClusterMode, ThemeLevel } from './clusters.enums.js';

@ArgsType()
export class TopicClustersArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Region (with sub-regions); give exactly one of regionId, topicId, networkId.',
  })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actors working on this topic or a sub-topic.' })
  topicId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Members of this network.' })
  networkId?: string | null;

  @Field(() => ClusterMode, {
    defaultValue: ClusterMode.cooperation,
    description: 'What clusters are built from.',
  })
  mode!: ClusterMode;

  @Field(() => Int, {
    defaultValue: 50,
    description: 'Maximum number of clusters listed, 1 to 200.',
  })
  limit!: number;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date at which cooperations must be active; default today.',
  })
  asOf?: string | null;
}

@ArgsType()
export class ThemeCooccurrenceArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Region (with sub-regions); default the whole state.',
  })
  regionId?: string | null;

  @Field(() => ThemeLevel, {
    defaultValue: ThemeLevel.topic,
    description: 'Topics as given, or key themes.',
  })
  level!: ThemeLevel;
}
