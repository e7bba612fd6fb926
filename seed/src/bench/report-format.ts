/** Number formats and the markdown table of the bench report. */

export const ms = (value: number): string =>
  Number.isNaN(value) ? '-' : value >= 100 ? value.toFixed(0) : value.toFixed(1);
export const s = (value: number): string => (value / 1000).toFixed(1);

/** A markdown table with padded columns, as prettier formats it (so BENCHMARKS.md passes `prettier --check`). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const clean = (cell: string): string => cell.replaceAll('|', '\\|');
  const body = rows.map((row) => headers.map((_, i) => clean(row[i] ?? '')));
  const length = (cell: string): number => [...cell].length;
  const widths = headers.map((h, i) =>
    Math.max(3, length(clean(h)), ...body.map((row) => length(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - length(cell))).join(' | ')} |`;
  return [line(headers.map(clean)), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}
