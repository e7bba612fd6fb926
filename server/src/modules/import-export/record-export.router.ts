/**
 * GET /api/export/introductions and GET /api/export/tie-proposals — the follow-up records as CSV, for
 * coordinators and admins (guests: 401 UNAUTHENTICATED, members: 403 FORBIDDEN). Optional `regionId` (the
 * same parameter as /api/export: records with an end in that region, any level), `status` (one state) and
 * `delimiter=comma|semicolon`. The CSV follows /api/export's conventions (UTF-8 with a byte order mark, the
 * formula guard, a dated file name); the columns are graph-schema's INTRODUCTION_EXPORT_COLUMNS and
 * TIE_PROPOSAL_EXPORT_COLUMNS. Notes are never exported; entry proposals not at all (contact e-mails).
 */
import {
  INTRODUCTION_EXPORT_COLUMNS,
  INTRODUCTION_STATUSES,
  RECORD_EXPORT_PARTS,
  TIE_PROPOSAL_EXPORT_COLUMNS,
  TIE_PROPOSAL_STATUSES,
} from '@nzr/graph-schema';
import type { IntroductionStatus, RecordExportPart, TieProposalStatus } from '@nzr/graph-schema';
import { Router } from 'express';
import type { Request } from 'express';
import { ApiError } from '../../api-errors.js';
import { clientAddress } from '../../auth/request-viewer.js';
import { requireRole } from '../../auth/viewer.js';
import { heavyClient } from '../../heavy/heavy-gate.js';
import type { HeavyWork } from '../../heavy/heavy-work.js';
import type { GraphStore } from '../../store/port.js';
import { createNodeLoader } from '../node/node.loader.js';
import { NodeService } from '../node/node.service.js';
import { whole } from './export-formats/chunks.js';
import type { FlatValue } from './export-formats/columns.js';
import { csvTable } from './export-formats/csv.js';
import type { ViewerOf } from './import.router.js';
import { bad, checkedId, delimiterParam, param } from './query-params.js';
import { introductionRows, tieProposalRows } from './record-rows.js';

interface RecordQuery {
  readonly regionId?: string;
  readonly status?: string;
  readonly delimiter: ',' | ';';
}

function parseRecordQuery(req: Request, statuses: readonly string[]): RecordQuery {
  const delimiter = delimiterParam(req);
  const regionText = param(req, 'regionId');
  const regionId = regionText === undefined ? undefined : checkedId('regionId', regionText);
  const status = param(req, 'status');
  if (status !== undefined && !statuses.includes(status))
    throw bad(`status must be one of ${statuses.join(', ')}.`);
  return {
    delimiter,
    ...(regionId !== undefined ? { regionId } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

const values = (entries: readonly { value: string }[]): string[] => entries.map((e) => e.value);

async function collect(rows: AsyncIterable<FlatValue[]>): Promise<FlatValue[][]> {
  const all: FlatValue[][] = [];
  for await (const row of rows) all.push(row);
  return all;
}

export function recordExportRouter(
  store: GraphStore,
  viewerOf: ViewerOf,
  heavy: HeavyWork,
): Router {
  const router = Router();
  router.get('/export/:part', async (req, res) => {
    const part = req.params.part as RecordExportPart;
    if (!(RECORD_EXPORT_PARTS as readonly string[]).includes(part)) {
      throw new ApiError(
        'NOT_FOUND',
        `Unknown export; use /api/export or /api/export/{${RECORD_EXPORT_PARTS.join(',')}}.`,
      );
    }
    const viewer = await viewerOf(req);
    requireRole(viewer, 'coordinator');
    const introductions = part === 'introductions';
    const query = parseRecordQuery(
      req,
      values(introductions ? INTRODUCTION_STATUSES : TIE_PROPOSAL_STATUSES),
    );
    const nodes = new NodeService(createNodeLoader(store), viewer);
    const filter = {
      ...(query.regionId !== undefined ? { regionId: query.regionId } : {}),
      ...(query.status !== undefined ? { statuses: [query.status] } : {}),
    };
    await heavy.admit(heavyClient(viewer, clientAddress(req)), async () => {
      const rows = await collect(
        introductions
          ? introductionRows(store, nodes, filter as { statuses?: IntroductionStatus[] })
          : tieProposalRows(store, nodes, filter as { statuses?: TieProposalStatus[] }),
      );
      const header = [
        ...(introductions ? INTRODUCTION_EXPORT_COLUMNS : TIE_PROPOSAL_EXPORT_COLUMNS),
      ];
      const date = new Date().toISOString().slice(0, 10);
      const stem = `nzr-${part}${query.regionId !== undefined ? `-${query.regionId}` : ''}`;
      const filename = `${stem}-${date}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
      res
        .attachment(filename)
        .type('text/csv; charset=utf-8')
        .send(whole(csvTable(header, rows, query.delimiter)));
    });
  });
  return router;
}
