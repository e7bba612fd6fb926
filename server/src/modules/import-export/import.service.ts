/**
 * CSV import use cases for coordinators: a dry run that reports every problem row by row, and an apply that
 * writes the whole file in ONE all-or-nothing upsert with an audit entry — or nothing at all.
 */
import { hasValidConsent } from '@nzr/graph-schema';
import type { ImportKind, ImportReport as ImportReportBody } from '@nzr/graph-schema';
import { requireRole } from '../../auth/viewer.js';
import type { Viewer } from '../../auth/viewer.js';
import type { GraphStore, UpsertBatch, UpsertResult } from '../../store/port.js';
import type { RowError } from './csv-parse.js';
import { planImport } from './import-plan.js';
import type { ImportCounts } from './import-plan.js';

/** At most this many errors are listed; `errorsTruncated` tells when there were more. */
export const MAX_REPORTED_ERRORS = 1000;

/** graph-schema's import report, plus the store's own totals after applying. */
export interface ImportReport extends ImportReportBody {
  readonly totals?: UpsertResult;
}

/** Raised by apply when the file has errors; carries the report. Nothing was written. */
export class ImportRejectedError extends Error {
  override readonly name = 'ImportRejectedError';

  constructor(readonly report: ImportReport) {
    const rows = report.rows - report.valid;
    super(
      `${report.errors.length} problem(s) in ${rows} row(s); nothing was imported. Fix the file and try again.`,
    );
  }
}

export class ImportService {
  constructor(
    private readonly store: GraphStore,
    private readonly viewer: Viewer,
  ) {}

  async dryRun(kind: ImportKind, text: string): Promise<ImportReport> {
    requireRole(this.viewer, 'coordinator');
    const plan = await planImport(this.store, kind, text);
    return {
      ...report(kind, 'dry-run', plan.rows, plan.valid, plan.errors, plan.counts),
      withoutConsent: withoutConsent(plan.batch),
    };
  }

  async apply(kind: ImportKind, text: string): Promise<ImportReport> {
    requireRole(this.viewer, 'coordinator');
    const plan = await planImport(this.store, kind, text);
    if (plan.errors.length > 0) {
      throw new ImportRejectedError(
        report(kind, 'apply', plan.rows, plan.valid, plan.errors, plan.counts),
      );
    }
    const totals = await this.store.upsert(plan.batch, {
      actorId: this.viewer.accountId,
      action: 'import.apply',
      note: `${kind}: ${plan.rows} rows`,
    });
    return {
      ...report(kind, 'apply', plan.rows, plan.valid, [], plan.counts),
      withoutConsent: withoutConsent(plan.batch),
      applied: true,
      totals,
    };
  }
}

function report(
  kind: ImportKind,
  mode: ImportReport['mode'],
  rows: number,
  valid: number,
  errors: RowError[],
  counts: ImportCounts,
): ImportReport {
  return {
    kind,
    mode,
    rows,
    valid,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errorsTruncated: errors.length > MAX_REPORTED_ERRORS,
    counts,
    withoutConsent: 0,
    applied: false,
  };
}

/** Persons the file writes without valid consent: imported, but hidden (the report says so). */
function withoutConsent(batch: UpsertBatch): number {
  return batch.nodes.filter((node) => node.label === 'Person' && !hasValidConsent(node.properties))
    .length;
}
