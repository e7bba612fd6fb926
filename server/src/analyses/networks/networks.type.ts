import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphNode } from '../../modules/node/node.type.js';
import { ReasonView } from '../kernel/reason.type.js';

@ObjectType('NetworkSummary', { description: 'A regional network in the network of networks.' })
export class NetworkSummaryView {
  @Field(() => GraphNode, { description: 'The network.' })
  node!: GraphNode;

  @Field(() => Int, { description: 'Members the viewer may see.' })
  members!: number;

  @Field(() => [ID], { description: 'Topics the network works on.' })
  topicIds!: string[];
}

@ObjectType('NetworkLink', {
  description: 'Two networks linked by shared members, themes or good practice.',
})
export class NetworkLinkView {
  @Field(() => GraphNode, { description: 'First network.' })
  a!: GraphNode;

  @Field(() => GraphNode, { description: 'Second network.' })
  b!: GraphNode;

  @Field(() => Float, {
    description: 'shared members + 0.5 · shared themes + 2 · shared good-practice projects.',
  })
  weight!: number;

  @Field(() => [ID], { description: 'Actors who are members of both.' })
  sharedMemberIds!: string[];

  @Field(() => [ID], { description: 'Themes both work on.' })
  sharedTopicIds!: string[];

  @Field(() => [ID], { description: 'Good-practice projects run by members of (or by) both.' })
  goodPracticeProjectIds!: string[];

  @Field(() => [ReasonView], { description: 'Machine-readable reasons.' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('NetworkOfNetworks', { description: 'Regional networks and how they are linked.' })
export class NetworkOfNetworksView {
  @Field(() => [NetworkSummaryView], { description: 'Networks, by id.' })
  networks!: NetworkSummaryView[];

  @Field(() => [NetworkLinkView], { description: 'Links, heaviest first.' })
  links!: NetworkLinkView[];

  @Field(() => Boolean, { description: 'True when networks or members were cut by a limit.' })
  truncated!: boolean;
}
