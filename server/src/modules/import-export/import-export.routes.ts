/**
 * The import and export HTTP endpoints next to GraphQL, mounted under /api by app.ts. JSON errors in the
 * shape `{ error: { code, message, details? } }`.
 */
import { Router } from 'express';
import type { Logger } from '../../logger.js';
import type { GraphStore } from '../../store/port.js';
import { handleErrors } from './errors.js';
import { exportRouter } from './export.router.js';
import { importRouter } from './import.router.js';
import type { ViewerOf } from './import.router.js';

export function importExportRoutes(store: GraphStore, viewerOf: ViewerOf, logger?: Logger): Router {
  const router = Router();
  router.use(importRouter(store, viewerOf));
  router.use(exportRouter(store, viewerOf));
  router.use(handleErrors(logger));
  return router;
}
