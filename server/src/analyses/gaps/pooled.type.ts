import type { Sector } from '@nzr/graph-schema';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SectorEnum } from '../../graphql/enums.js';
import { GraphNode } from '../../modules/node/node.type.js';
import type { GapVerdict } from '../kernel/gap-verdict.js';
import { GapVerdictFiguresView } from './gap-cell.type.js';
import { GapVerdictEnum } from './gaps.enums.js';

@ObjectType('PooledGapCell', {
  description: 'One sector pair with the counts of the district and its pooling partners summed.',
})
export class PooledGapCellView {
  @Field(() => [SectorEnum], { description: 'The two sectors, as in the district’s cell.' })
  sectors!: Sector[];

  @Field(() => Float, {
    description: 'Institution pairs of the cell within each district, summed.',
  })
  possiblePairs!: number;

  @Field(() => Int, { description: 'Cooperations of the cell within each district, summed.' })
  observed!: number;

  @Field(() => Float, { description: 'Cooperations expected by chance in the pool.' })
  expected!: number;

  @Field(() => GapVerdictEnum, {
    description: 'Verdict of the same exact test on the pooled counts.',
  })
  verdict!: GapVerdict;

  @Field(() => GapVerdictFiguresView, { description: 'The exact test behind the verdict.' })
  test!: GapVerdictFiguresView;
}

@ObjectType('PooledGapTable', {
  description:
    'A district with too few data pooled with its nearest districts of the same kind (rural or urban): counts within each district summed, judged by the same exact test.',
})
export class PooledGapTableView {
  @Field(() => [GraphNode], { description: 'The districts pooled with the analysed one.' })
  partners!: GraphNode[];

  @Field(() => Int, { description: 'Institutions in all pooled districts.' })
  institutions!: number;

  @Field(() => Int, { description: 'Cooperations within the pooled districts.' })
  totalTies!: number;

  @Field(() => Float, { description: 'Institution pairs within each pooled district, summed.' })
  possiblePairs!: number;

  @Field(() => [PooledGapCellView], {
    description: 'The cells, in the order of the district’s cells.',
  })
  cells!: PooledGapCellView[];
}
