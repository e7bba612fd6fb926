/**
 * One structured log line per request; probes log at debug so they do not drown the rest. With `quiet` (the
 * pretty format, a person at a terminal) a request is worth a line only when it failed or was slow; the
 * others log at debug (LOG_LEVEL=debug shows them all).
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';

const PROBES = new Set(['/health', '/ready']);
/** A request slower than this is reported on a quiet console. */
export const SLOW_REQUEST_MS = 1000;

export interface RequestLogOptions {
  readonly quiet?: boolean;
  /** Default SLOW_REQUEST_MS. */
  readonly slowMs?: number;
}

export function requestLog(logger: Logger, options: RequestLogOptions = {}): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const entry = {
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      };
      if (PROBES.has(req.path)) logger.debug(entry, 'request');
      else if (!options.quiet) logger.info(entry, 'request');
      else if (res.statusCode >= 500) logger.error(entry, 'request failed');
      else if (ms >= (options.slowMs ?? SLOW_REQUEST_MS)) logger.warn(entry, 'slow request');
      else logger.debug(entry, 'request');
    });
    next();
  };
}
