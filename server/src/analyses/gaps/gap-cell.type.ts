/** The parts of a gap cell added for sparse regions: exact verdict, data needed, pairs and bridging actors. */
import type { Sector } from '@nzr/graph-schema';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SectorEnum } from '../../graphql/enums.js';
import { GraphNode } from '../../modules/node/node.type.js';

@ObjectType('GapDataNeed', {
  description:
    'What would make a cell with too few data decidable: the smallest change after which no cooperation at all in the cell would be a significant gap.',
})
export class GapDataNeedView {
  @Field(() => Int, {
    nullable: true,
    description:
      'More cooperations recorded in the scope (same organisations) needed; null when none would do.',
  })
  additionalCooperations!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'More organisations in `sector` needed, cooperating as densely as the scope does now; null when none would do (e.g. no cooperations yet).',
  })
  additionalInstitutions!: number | null;

  @Field(() => SectorEnum, {
    nullable: true,
    description: 'The sector additionalInstitutions refers to (the smaller of the two).',
  })
  sector!: Sector | null;
}

@ObjectType('GapPair', { description: 'An active cooperation counted in a gap cell.' })
export class GapPairView {
  @Field(() => GraphNode, { description: 'One institution (the lower id).' })
  a!: GraphNode;

  @Field(() => GraphNode, { description: 'The other institution.' })
  b!: GraphNode;
}

@ObjectType('GapBroker', {
  description:
    'An actor who could bridge a gap cell: among its partners are institutions of both sectors not tied to each other.',
})
export class GapBrokerView {
  @Field(() => GraphNode, { description: 'The actor.' })
  node!: GraphNode;

  @Field(() => Int, {
    description:
      'Pairs of its partners, one in each sector, that do not cooperate with each other.',
  })
  openPairs!: number;
}

@ObjectType('GapVerdictFigures', { description: 'The exact test behind a verdict.' })
export class GapVerdictFiguresView {
  @Field(() => Float, {
    description:
      'P(X ≤ observed) for X hypergeometric: the ties falling at random on the scope’s institution pairs. Exact at any size.',
  })
  pValue!: number;

  @Field(() => Float, {
    description:
      'The smallest p-value the cell could reach at all (no cooperation in it); at or above alpha no count can show a gap.',
  })
  minimumPValue!: number;

  @Field(() => Float, { description: 'Significance level used (one-sided, per cell).' })
  alpha!: number;
}
