/**
 * Probes for orchestrators: /health says the process is up (liveness), /ready says the store answers
 * (readiness), so a load balancer sends traffic only once the database is reachable.
 */
import { Router } from 'express';
import type { Logger } from '../logger.js';
import type { GraphStore } from '../store/port.js';

export function healthRoutes(store: GraphStore, logger: Logger): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      const health = await store.health();
      res.status(health.ok ? 200 : 503).json({
        status: health.ok ? 'ready' : 'unavailable',
        store: health.store,
        message: health.message,
      });
    } catch (error) {
      logger.warn({ err: error }, 'store health check failed');
      res
        .status(503)
        .json({ status: 'unavailable', store: store.kind, message: 'Store health check failed.' });
    }
  });
  return router;
}
