import type { Sector } from '@nzr/graph-schema';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SectorEnum } from '../../graphql/enums.js';
import { ReasonView } from '../kernel/reason.type.js';
import type { GapVerdict } from '../kernel/gap-verdict.js';
import {
  GapBrokerView,
  GapDataNeedView,
  GapPairView,
  GapVerdictFiguresView,
} from './gap-cell.type.js';
import { GapVerdictEnum } from './gaps.enums.js';
import { PooledGapTableView } from './pooled.type.js';

@ObjectType('GapCell', {
  description:
    'Cooperations between two sectors (Vernetzungslücke): observed against expected by chance.',
})
export class GapCellView {
  @Field(() => [SectorEnum], {
    description: 'The two sectors (equal on the diagonal), in Sector order.',
  })
  sectors!: Sector[];

  @Field(() => Float, { description: 'Institution pairs possible between the two sectors.' })
  possiblePairs!: number;

  @Field(() => Int, { description: 'Active cooperations observed between the two sectors.' })
  observed!: number;

  @Field(() => Float, {
    description: 'Cooperations expected if all ties fell on random institution pairs.',
  })
  expected!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'observed / expected; null when nothing is expected (a sector is empty).',
  })
  ratio!: number | null;

  @Field(() => Float, {
    description: 'P(X ≤ observed) for X ~ Poisson(expected): how surprising so few ties are.',
  })
  pValue!: number;

  @Field(() => Boolean, {
    description: 'True when at least 3 ties are expected and fewer than half of them are observed.',
  })
  underLinked!: boolean;

  @Field(() => GapVerdictEnum, {
    description:
      'Verdict of the exact test, valid for small counts: gap, unremarkable or insufficientData.',
  })
  verdict!: GapVerdict;

  @Field(() => GapVerdictFiguresView, { description: 'The exact test behind the verdict.' })
  test!: GapVerdictFiguresView;

  @Field(() => GapDataNeedView, {
    nullable: true,
    description: 'For insufficientData: what would make the cell decidable; null otherwise.',
  })
  dataNeeded!: GapDataNeedView | null;

  @Field(() => [GapPairView], {
    description: 'Up to 20 of the observed cooperations (all of them when observed ≤ 20).',
  })
  pairs!: GapPairView[];

  @Field(() => [GapBrokerView], {
    description:
      'Up to 5 actors who could bridge the two sectors, most open pairs first (empty on the diagonal).',
  })
  brokers!: GapBrokerView[];

  @Field(() => [ReasonView], { description: 'Machine-readable reasons (kind sectorGap).' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('SectorSize', {
  description: 'Number of institutions of a sector in the analysed scope.',
})
export class SectorSizeView {
  @Field(() => SectorEnum, { description: 'The sector.' })
  sector!: Sector;

  @Field(() => Int, { description: 'Institutions of this sector (after the topic filter).' })
  institutions!: number;
}

@ObjectType('GapTable', {
  description: 'Sector × sector table of cooperations in a region or network.',
})
export class GapTableView {
  @Field(() => [SectorSizeView], { description: 'Institutions per sector, in Sector order.' })
  sectorSizes!: SectorSizeView[];

  @Field(() => Int, { description: 'Active cooperating institution pairs counted.' })
  totalTies!: number;

  @Field(() => Float, { description: 'Institution pairs possible in total.' })
  possiblePairs!: number;

  @Field(() => [GapCellView], {
    description: 'Upper triangle of the table including the diagonal, in Sector order.',
  })
  cells!: GapCellView[];

  @Field(() => [GapCellView], { description: 'Under-linked cells, most surprising first.' })
  underLinked!: GapCellView[];

  @Field(() => Boolean, {
    description: 'True when the scope held more institutions than analysed.',
  })
  truncated!: boolean;

  @Field(() => PooledGapTableView, {
    nullable: true,
    description:
      'For a district with cells of too few data (and pool not false): the table pooled with its nearest districts of the same kind; null otherwise.',
  })
  pooled!: PooledGapTableView | null;
}
