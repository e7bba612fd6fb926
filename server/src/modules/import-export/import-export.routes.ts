/**
 * The import and export HTTP endpoints next to GraphQL, mounted under /api by app.ts. Errors answer in the
 * GraphQL shape `{ errors: [{ message, extensions: { code, ... } }] }`, with the app's shared error handler.
 */
import { Router } from 'express';
import { errorHandler } from '../../http/errors.js';
import type { HeavyWork } from '../../heavy/heavy-work.js';
import type { Logger } from '../../logger.js';
import type { GraphStore } from '../../store/port.js';
import { closeUnreadUpload, importExportError } from './errors.js';
import { exportRouter } from './export.router.js';
import { importRouter } from './import.router.js';
import { recordExportRouter } from './record-export.router.js';
import type { ViewerOf } from './import.router.js';

export function importExportRoutes(
  store: GraphStore,
  viewerOf: ViewerOf,
  heavy: HeavyWork,
  logger?: Logger,
): Router {
  const router = Router();
  router.use(importRouter(store, viewerOf));
  router.use(exportRouter(store, viewerOf, heavy));
  router.use(recordExportRouter(store, viewerOf, heavy));
  router.use(closeUnreadUpload, errorHandler(logger, importExportError));
  return router;
}
