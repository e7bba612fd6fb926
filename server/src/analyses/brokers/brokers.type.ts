import type { Sector } from '@nzr/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SectorEnum } from '../../graphql/enums.js';
import { GraphNode } from '../../modules/node/node.type.js';
import { ReasonView } from '../kernel/reason.type.js';

@ObjectType('SectorBridge', {
  description: 'Otherwise unconnected contacts of a broker in two sectors.',
})
export class SectorBridgeView {
  @Field(() => [SectorEnum], { description: 'The two sectors, in Sector order.' })
  sectors!: Sector[];

  @Field(() => Int, {
    description: 'Pairs of contacts in these sectors that are not tied to each other.',
  })
  openPairs!: number;
}

@ObjectType('Broker', {
  description: 'A broker (Brückenbauer:in): an actor linking otherwise separate parts.',
})
export class BrokerView {
  @Field(() => GraphNode, { description: 'The broker.' })
  node!: GraphNode;

  @Field(() => Int, { description: 'Number of direct contacts.' })
  degree!: number;

  @Field(() => Float, { description: 'Normalised betweenness centrality, 0 to 1.' })
  betweenness!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Burt's constraint (low: many structural holes).",
  })
  constraint!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Burt's effective size (non-redundant contacts).",
  })
  effectiveSize!: number | null;

  @Field(() => [SectorBridgeView], { description: 'Sector pairs bridged, most open pairs first.' })
  bridges!: SectorBridgeView[];

  @Field(() => [ReasonView], { description: 'Machine-readable reasons (brokerage).' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('CutPoint', {
  description: 'A single point of failure: without this actor the network falls apart.',
})
export class CutPointView {
  @Field(() => GraphNode, { description: 'The actor.' })
  node!: GraphNode;

  @Field(() => Int, { description: 'Actors who lose touch with the largest remaining part.' })
  cutOff!: number;

  @Field(() => [Int], {
    description: 'Sizes of the parts the component falls into, largest first.',
  })
  parts!: number[];

  @Field(() => [ReasonView], { description: 'Machine-readable reasons (cutOff).' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('SectorPairBroker', { description: 'A broker of one sector pair.' })
export class SectorPairBrokerView {
  @Field(() => ID, { description: 'Id of the broker.' })
  id!: string;

  @Field(() => Int, { description: 'Open pairs between the two sectors this broker bridges.' })
  openPairs!: number;
}

@ObjectType('SectorPairBrokers', { description: 'Who bridges a pair of sectors.' })
export class SectorPairBrokersView {
  @Field(() => [SectorEnum], { description: 'The two sectors, in Sector order.' })
  sectors!: Sector[];

  @Field(() => [SectorPairBrokerView], { description: 'Brokers, most open pairs first.' })
  brokers!: SectorPairBrokerView[];
}

@ObjectType('Brokerage', { description: 'Brokers and single points of failure of a network.' })
export class BrokerageView {
  @Field(() => [BrokerView], { description: 'Brokers, highest betweenness first.' })
  brokers!: BrokerView[];

  @Field(() => [CutPointView], { description: 'Cut points, most actors cut off first.' })
  cutPoints!: CutPointView[];

  @Field(() => [SectorPairBrokersView], {
    description: 'Per sector pair, the brokers bridging it.',
  })
  sectorPairs!: SectorPairBrokersView[];

  @Field(() => Boolean, {
    description: 'True when betweenness was estimated from sampled sources.',
  })
  sampled!: boolean;

  @Field(() => Int, { description: 'Number of source nodes betweenness was computed from.' })
  sampleSize!: number;

  @Field(() => Float, {
    description: 'Absolute error bound of betweenness at 95 % confidence (0 when exact).',
  })
  errorBound!: number;

  @Field(() => Int, { description: 'Actors analysed.' })
  actors!: number;

  @Field(() => Boolean, { description: 'True when the scope held more actors than analysed.' })
  truncated!: boolean;
}
