/**
 * Colour and class of a sector × sector cell: observed against expected cooperations on a diverging scale
 * (red: fewer than chance, white: as expected, green: more); gaps and cells with too few data for a verdict
 * marked as the API's exact test says.
 */
export type CellLevel = 'none' | 'insufficient' | 'under' | 'low' | 'expected' | 'high';

export interface HeatCell {
  readonly observed: number;
  readonly expected: number;
  readonly ratio: number | null;
  readonly verdict: 'gap' | 'unremarkable' | 'insufficientData';
}

const RED = [200, 60, 45] as const;
const WHITE = [250, 250, 247] as const;
const GREEN = [30, 110, 70] as const;

const mix = (a: readonly number[], b: readonly number[], t: number) =>
  a.map((value, i) => Math.round(value + ((b[i] ?? value) - value) * t));

export function classifyCell(cell: HeatCell): CellLevel {
  if (cell.ratio === null) return 'none';
  if (cell.verdict === 'gap') return 'under';
  if (cell.verdict === 'insufficientData') return 'insufficient';
  if (cell.ratio < 0.75) return 'low';
  if (cell.ratio > 1.33) return 'high';
  return 'expected';
}

/** Background colour for a ratio: log2 scale clamped to ¼ … 4, so half and double are equally strong. */
export function cellColour(ratio: number | null): string {
  if (ratio === null) return '#eceeeb';
  const t = Math.max(-1, Math.min(1, Math.log2(Math.max(ratio, 1e-6)) / 2));
  const [r, g, b] = t < 0 ? mix(WHITE, RED, -t) : mix(WHITE, GREEN, t);
  return `rgb(${r}, ${g}, ${b})`;
}

/** Dark text on light cells, white text on strong ones (WCAG contrast). */
export function textColour(ratio: number | null): string {
  if (ratio === null) return '#1d2327';
  const strength = Math.abs(Math.log2(Math.max(ratio, 1e-6)) / 2);
  return strength > 0.55 ? '#ffffff' : '#1d2327';
}

/** The cell for a pair of sectors; the API gives the upper triangle only, so look both ways. */
export function cellFor<T extends { readonly sectors: readonly string[] }>(
  cells: readonly T[],
  a: string,
  b: string,
): T | undefined {
  return cells.find(
    (cell) =>
      (cell.sectors[0] === a && cell.sectors[1] === b) ||
      (cell.sectors[0] === b && cell.sectors[1] === a),
  );
}
