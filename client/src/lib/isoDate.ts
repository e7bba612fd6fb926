/**
 * Calendar dates as the API takes them (ISO `YYYY-MM-DD`). The client may import only types from
 * graph-schema, so its `isValidDate` rule is repeated here: the server answers BAD_USER_INPUT for anything
 * else, and a URL or a hand-typed date should be caught before it gets that far.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real day: `2024-02-29` passes, `2023-02-30` and `2025-13-01` do not. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  // Date rolls 2023-02-30 over into March; only a date that reads back unchanged exists.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
