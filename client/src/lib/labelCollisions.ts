/**
 * Which of the always-shown labels to draw when they would overlap (a dense city at state zoom): the most
 * important first, each one only where it overlaps none already kept. Greedy, like map label placement; the
 * handful of screen labels makes the quadratic check cheap.
 */
export interface LabelBox {
  readonly id: string;
  /** Higher is more important (the focus, then hubs by degree, then place names). */
  readonly priority: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Ids of the labels to show; ties in priority keep the given order. */
export function labelsWithoutOverlap(boxes: readonly LabelBox[]): Set<string> {
  const ordered = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => b.box.priority - a.box.priority || a.index - b.index);
  const kept: LabelBox[] = [];
  for (const { box } of ordered) {
    if (!kept.some((other) => overlaps(box, other))) kept.push(box);
  }
  return new Set(kept.map((box) => box.id));
}
