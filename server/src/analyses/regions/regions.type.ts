import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphNode } from '../../modules/node/node.type.js';
import { ReasonView } from '../kernel/reason.type.js';

@ObjectType('RegionFigures', { description: 'Key figures of a region or a group of regions.' })
export class RegionFiguresView {
  @Field(() => Int, { description: 'Persons and institutions located in the region (or below).' })
  actors!: number;

  @Field(() => Int, { description: 'Institutions located in the region (or below).' })
  institutions!: number;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, when known.' })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: 'Actors per 10,000 inhabitants.' })
  actorsPer10k!: number | null;

  @Field(() => Float, { nullable: true, description: 'Institutions per 10,000 inhabitants.' })
  institutionsPer10k!: number | null;

  @Field(() => Int, { description: 'Active cooperations with at least one end in the region.' })
  ties!: number;

  @Field(() => Int, { description: 'Of those, cooperations between different sectors.' })
  crossSectorTies!: number;

  @Field(() => Float, { nullable: true, description: 'crossSectorTies / ties; null without ties.' })
  crossSectorShare!: number | null;

  @Field(() => Int, { description: 'Active cooperations with both ends in the region.' })
  internalTies!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'internalTies / possible institution pairs in the region.',
  })
  density!: number | null;

  @Field(() => Int, {
    description: 'Cooperations begun between since and until (0 without since).',
  })
  newTies!: number;

  @Field(() => Int, { description: 'Of those, cooperations between different sectors.' })
  newCrossSectorTies!: number;
}

@ObjectType('RegionRow', { description: 'Figures of one district or municipality.' })
export class RegionRowView extends RegionFiguresView {
  @Field(() => GraphNode, { description: 'The region.' })
  region!: GraphNode;

  @Field(() => String, { description: 'Region level: district or municipality.' })
  level!: string;

  @Field(() => Boolean, { description: 'True for the kreisfreie Städte and their municipality.' })
  urban!: boolean;

  @Field(() => [ReasonView], {
    description: 'Machine-readable profile (regionProfile, newCrossSector).',
  })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The profile as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('RegionComparison', {
  description: 'Districts and municipalities compared; urban against rural.',
})
export class RegionComparisonView {
  @Field(() => [RegionRowView], { description: 'Districts first, then municipalities, by id.' })
  regions!: RegionRowView[];

  @Field(() => RegionFiguresView, { description: 'Urban districts pooled (kreisfreie Städte).' })
  urban!: RegionFiguresView;

  @Field(() => RegionFiguresView, { description: 'Rural districts pooled (Landkreise).' })
  rural!: RegionFiguresView;

  @Field(() => Int, { description: 'Actors analysed.' })
  actors!: number;

  @Field(() => Boolean, {
    description: 'True when the state held more actors than analysed (100,000).',
  })
  truncated!: boolean;
}
