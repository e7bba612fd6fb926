/**
 * What the CSV import (POST /api/import/:kind?mode=dry-run|apply) answers: a report of every problem row by
 * row and of what was, or would be, created and updated. The server builds it; the client shows it.
 */
import type { ImportKind } from './csv-columns.js';
import type { ImportMessageCode, ImportMessageParams } from './import-messages.js';
import type { NodeLabel } from './labels.js';
import type { RelationshipType } from './relationship-types.js';

/** A dry run checks every row and writes nothing; apply writes the whole file or nothing. */
export const IMPORT_MODES = ['dry-run', 'apply'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export function isImportMode(value: unknown): value is ImportMode {
  return typeof value === 'string' && (IMPORT_MODES as readonly string[]).includes(value);
}

export interface ImportRowError {
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  readonly row: number;
  /** Canonical column name, or null for problems with the whole row or file. */
  readonly column: string | null;
  /** The problem in English (for scripts and logs); the client words `code` and `params` instead. */
  readonly message: string;
  /** What is wrong, as a code the client words in German or English (import-messages.ts). */
  readonly code: ImportMessageCode;
  readonly params?: ImportMessageParams;
}

export interface CreatedUpdated {
  created: number;
  updated: number;
}

/** Per label and relationship type: created and updated (predicted in a dry run). */
export interface ImportCounts {
  readonly nodes: Partial<Record<NodeLabel, CreatedUpdated>>;
  readonly relationships: Partial<Record<RelationshipType, CreatedUpdated>>;
}

export interface ImportReport {
  readonly kind: ImportKind;
  readonly mode: ImportMode;
  /** Data rows in the file (the header not counted). */
  readonly rows: number;
  /** Data rows without any error. */
  readonly valid: number;
  readonly errors: readonly ImportRowError[];
  readonly errorsTruncated: boolean;
  readonly counts: ImportCounts;
  /**
   * Person rows without a consent date (or with a withdrawal): imported, but hidden everywhere until a
   * coordinator records consent (graph-schema consent.ts).
   */
  readonly withoutConsent: number;
  /** True only when the file was written. */
  readonly applied: boolean;
}
