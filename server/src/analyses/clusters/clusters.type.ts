import type { Sector } from '@nzr/graph-schema';
import { GraphNode } from '../../modules/node/node.type.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SectorEnum } from '../../graphql/enums.js';
import { ReasonView } from '../kernel/reason.type.js';

@ObjectType('TopicShare', { description: 'A theme held by members of a cluster.' })
export class TopicShareView {
  @Field(() => ID, { description: 'Topic id (a key theme or sub-topic).' })
  topicId!: string;

  @Field(() => Int, { description: 'Members working on it.' })
  count!: number;

  @Field(() => Float, { description: 'count / cluster size.' })
  share!: number;
}

@ObjectType('SectorShare', { description: 'A sector among the members of a cluster.' })
export class SectorShareView {
  @Field(() => SectorEnum, { description: 'The sector.' })
  sector!: Sector;

  @Field(() => Int, { description: 'Members in this sector.' })
  count!: number;

  @Field(() => Float, { description: 'count / cluster size.' })
  share!: number;
}

@ObjectType('RegionShare', { description: 'A region where members of a cluster are located.' })
export class RegionShareView {
  @Field(() => ID, { description: 'Region id (the region the members are LOCATED_IN).' })
  regionId!: string;

  @Field(() => Int, { description: 'Members located there.' })
  count!: number;

  @Field(() => Float, { description: 'count / cluster size.' })
  share!: number;
}

@ObjectType('TopicCluster', {
  description: 'A topic cluster (Themencluster): a community of actors.',
})
export class ClusterView {
  @Field(() => Int, { description: 'Community number (0 = largest).' })
  id!: number;

  @Field(() => Int, { description: 'Number of actors in the cluster.' })
  size!: number;

  @Field(() => [ID], { description: 'Persons and institutions in the cluster, by id.' })
  memberIds!: string[];

  @Field(() => [GraphNode], {
    description:
      'The members with the most ties in the cluster (at most three), most first: who it is about.',
  })
  topMembers!: GraphNode[];

  @Field(() => [TopicShareView], { description: 'Dominant themes, most held first.' })
  themes!: TopicShareView[];

  @Field(() => [SectorShareView], { description: 'Dominant sectors.' })
  sectors!: SectorShareView[];

  @Field(() => [RegionShareView], { description: 'Dominant regions.' })
  regions!: RegionShareView[];

  @Field(() => Int, { description: 'Number of different regions the members are located in.' })
  regionCount!: number;

  @Field(() => [ReasonView], { description: 'Machine-readable profile (clusterProfile, regions).' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The profile as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('TopicClusters', { description: 'Topic clusters of a region, topic or network.' })
export class TopicClustersView {
  @Field(() => [ClusterView], { description: 'Clusters of at least 3 actors, largest first.' })
  clusters!: ClusterView[];

  @Field(() => Float, {
    description: 'Modularity of the partition (-0.5 to 1; higher is more clustered).',
  })
  modularity!: number;

  @Field(() => Int, { description: 'Number of communities, including those too small to list.' })
  communityCount!: number;

  @Field(() => Int, { description: 'Actors analysed.' })
  actors!: number;

  @Field(() => Boolean, { description: 'True when the scope held more actors than analysed.' })
  truncated!: boolean;
}

@ObjectType('ThemeNode', { description: 'A topic in the theme co-occurrence network.' })
export class ThemeNodeView {
  @Field(() => ID, { description: 'Topic id.' })
  topicId!: string;

  @Field(() => String, { description: 'Display name (German).' })
  name!: string;

  @Field(() => Int, { description: 'Actors working on it.' })
  actors!: number;
}

@ObjectType('ThemeEdge', { description: 'Two topics worked on by the same actors.' })
export class ThemeEdgeView {
  @Field(() => ID, { description: 'First topic id.' })
  a!: string;

  @Field(() => ID, { description: 'Second topic id.' })
  b!: string;

  @Field(() => Int, { description: 'Actors working on both.' })
  weight!: number;
}

@ObjectType('ThemeNetwork', {
  description: 'Theme co-occurrence network: which themes go together.',
})
export class ThemeNetworkView {
  @Field(() => [ThemeNodeView], { description: 'Topics, most actors first.' })
  nodes!: ThemeNodeView[];

  @Field(() => [ThemeEdgeView], { description: 'Co-occurring topic pairs, heaviest first.' })
  edges!: ThemeEdgeView[];

  @Field(() => Boolean, { description: 'True when the region held more actors than analysed.' })
  truncated!: boolean;
}
