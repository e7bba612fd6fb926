/** Whether two actors can be introduced: two institutions or two persons (graph-schema), not one to itself. */
import { INTRODUCTION_ACTOR_LABELS } from '@nzr/graph-schema';

export interface PairEnd {
  readonly id: string;
  readonly label: string;
}

export function canIntroducePair(a: PairEnd, b: PairEnd): boolean {
  const labels: readonly string[] = INTRODUCTION_ACTOR_LABELS;
  return a.id !== b.id && a.label === b.label && labels.includes(a.label);
}
