/**
 * POST /api/import/:kind?mode=dry-run|apply — upload a CSV file (multipart field `file` or a text/csv body).
 * Coordinators only; the role is checked before the body is read. A dry run answers 200 with the report;
 * apply answers 200 with counts, or 422 with the report when any row is invalid (nothing written).
 */
import { IMPORT_KINDS, isImportKind, isImportMode } from '@nzr/graph-schema';
import { Router } from 'express';
import type { Request } from 'express';
import { ApiError } from '../../api-errors.js';
import { requireRole } from '../../auth/viewer.js';
import type { Viewer } from '../../auth/viewer.js';
import type { GraphStore } from '../../store/port.js';
import { ImportService } from './import.service.js';
import { readCsvUpload } from './upload.js';

export type ViewerOf = (req: Request) => Promise<Viewer>;

export function importRouter(store: GraphStore, viewerOf: ViewerOf): Router {
  const router = Router();
  router.post('/import/:kind', async (req, res) => {
    const { kind } = req.params;
    if (!isImportKind(kind)) {
      throw new ApiError(
        'NOT_FOUND',
        `Unknown import kind; use one of ${IMPORT_KINDS.join(', ')}.`,
      );
    }
    const mode = req.query.mode ?? 'dry-run';
    if (!isImportMode(mode)) {
      throw new ApiError('BAD_REQUEST', 'mode must be dry-run or apply.');
    }
    const viewer = await viewerOf(req);
    requireRole(viewer, 'coordinator');
    const text = await readCsvUpload(req);
    const service = new ImportService(store, viewer);
    res.json(mode === 'apply' ? await service.apply(kind, text) : await service.dryRun(kind, text));
  });
  return router;
}
