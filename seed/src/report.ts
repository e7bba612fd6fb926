/** Small formatting helpers for the CLI and the bench. */

/** Peak resident memory of this process so far, in MB (from the kernel's maxRSS). */
export function peakMemoryMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** `Label 12, Other 3` in the record's order, leaving out zeros. */
export function summarizeCounts(counts: Readonly<Record<string, number | undefined>>): string {
  return Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([key, n]) => `${key} ${n ?? 0}`)
    .join(', ');
}
