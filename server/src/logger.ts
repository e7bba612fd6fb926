/**
 * One pino logger for the whole server. Structured JSON in production; the level comes from LOG_LEVEL.
 * Tests pass level 'silent' so that their output stays readable.
 */
import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

export function createLogger(level = 'info'): Logger {
  return pino({
    name: 'nzr-server',
    level,
    // Never log credentials that might travel in headers or the Neo4j configuration.
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password'],
  });
}
