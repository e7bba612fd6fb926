import type { Sector } from '@nzr/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SectorEnum } from '../../graphql/enums.js';
import { GraphNode } from '../../modules/node/node.type.js';
import { ReasonView } from '../kernel/reason.type.js';

@ObjectType('ScoreWeights', {
  description:
    'Weights of the suggestion score parts, calibrated on the region: each term weighs as much as it alone ' +
    'tells the region’s cooperations from random pairs, summing to 1 (fixed weights topics 0.4, distance ' +
    '0.25, network 0.35 for regions with fewer than 20 cooperations).',
})
export class ScoreWeightsView {
  @Field(() => Float, { description: 'Weight of the theme overlap.' })
  topics!: number;

  @Field(() => Float, { description: 'Weight of nearness.' })
  distance!: number;

  @Field(() => Float, { description: 'Weight of common partners.' })
  network!: number;

  @Field(() => Float, {
    description:
      'Weight of the cross-sector bonus: always 0 (pairs across sectors are asked for with crossSectorOnly).',
  })
  crossSector!: number;

  @Field(() => Float, { description: 'Weight of the sector affinity.' })
  sectorAffinity!: number;

  @Field(() => Float, { description: 'Weight of the activity.' })
  activity!: number;
}

@ObjectType('ScoreParts', {
  description:
    'Parts of a suggestion score, each 0 to 1: score = Σ weight · part (see LinkSuggestions.weights).',
})
export class ScorePartsView {
  @Field(() => Float, { description: 'Jaccard index of the theme sets (incl. key themes).' })
  topics!: number;

  @Field(() => Float, { description: 'Nearness exp(-d / 15 km); 0 when the distance is unknown.' })
  distance!: number;

  @Field(() => Float, { description: 'Common partners: 1 - exp(-Adamic-Adar index).' })
  network!: number;

  @Field(() => Float, { description: '1 for a pair from different sectors, else 0.' })
  crossSector!: number;

  @Field(() => Float, {
    description:
      'Sector affinity r / (1 + r), r = (observed + 1) / (expected + 1) cooperations between the two ' +
      'sectors in the region: 0.5 as by chance, more when the sectors cooperate often, less when rarely.',
  })
  sectorAffinity!: number;

  @Field(() => Float, {
    description:
      'Activity 1 - exp(-sqrt(cooperations of a · cooperations of b) / average cooperations per institution).',
  })
  activity!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Distance in kilometres, when both are located.',
  })
  distanceKm!: number | null;

  @Field(() => Int, { description: 'Number of shared themes (incl. key themes).' })
  sharedThemes!: number;
}

@ObjectType('LinkSuggestion', {
  description: 'Two institutions that do not cooperate yet and should be introduced, with why.',
})
export class LinkSuggestionView {
  @Field(() => GraphNode, { description: 'First institution.' })
  a!: GraphNode;

  @Field(() => GraphNode, { description: 'Second institution.' })
  b!: GraphNode;

  @Field(() => Float, { description: 'Score Σ weight · part, higher is better (0 to 1).' })
  score!: number;

  @Field(() => ScorePartsView, { description: 'The parts the score is the sum of.' })
  parts!: ScorePartsView;

  @Field(() => [ID], { description: 'Themes both work on (incl. key themes).' })
  sharedTopicIds!: string[];

  @Field(() => [ID], { description: 'Institutions both already cooperate with.' })
  commonPartnerIds!: string[];

  @Field(() => [ReasonView], { description: 'Machine-readable reasons.' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;

  @Field(() => [SectorEnum], {
    nullable: true,
    description:
      'The target sector pair (of targetSectorPairs) this suggestion is ranked first for; null when it ranks on its score alone.',
  })
  target!: Sector[] | null;
}

@ObjectType('LinkSuggestions', { description: 'Ranked cooperation suggestions for a region.' })
export class LinkSuggestionsView {
  @Field(() => [LinkSuggestionView], { description: 'Suggestions, best first.' })
  suggestions!: LinkSuggestionView[];

  @Field(() => ScoreWeightsView, { description: 'Weights that combine the score parts.' })
  weights!: ScoreWeightsView;

  @Field(() => Int, { description: 'Institutions considered.' })
  institutions!: number;

  @Field(() => Boolean, {
    description: 'True when the region held more institutions than analysed.',
  })
  truncated!: boolean;
}
