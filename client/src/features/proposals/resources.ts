/** Offers and needs typed into the proposal form, as rows; empty rows are dropped before sending. */
import { PROPOSAL_LIMITS, RESOURCE_KINDS } from '@nzr/graph-schema';

export interface ResourceRow {
  readonly name: string;
  readonly kind: string;
}

export const RESOURCE_KIND_VALUES: readonly string[] = RESOURCE_KINDS.map((entry) => entry.value);
export const MAX_RESOURCE_ROWS = PROPOSAL_LIMITS.MAX_RESOURCES;

export const emptyRow = (): ResourceRow => ({ name: '', kind: RESOURCE_KIND_VALUES[0] ?? '' });

export function filledRows(rows: readonly ResourceRow[]): ResourceRow[] {
  return rows
    .map((row) => ({ name: row.name.trim(), kind: row.kind }))
    .filter((row) => row.name !== '');
}
