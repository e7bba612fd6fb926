/**
 * One pino logger for the whole server; the level comes from LOG_LEVEL. Two formats: `json` (one object per
 * line, for log collectors and production) and `pretty` (short coloured lines for a person at a terminal,
 * through pino-pretty in the same thread: no worker, nothing lost on exit). Tests pass level 'silent'.
 */
import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { LogFormat } from './config.js';

export type { Logger };

export interface LoggerOptions {
  readonly format?: LogFormat;
  /** Where lines go (default stdout); tests pass a collecting stream. */
  readonly destination?: DestinationStream;
  /** Colours in the pretty format (default: when the destination is a terminal). */
  readonly colour?: boolean;
}

export function createLogger(level = 'info', options: LoggerOptions = {}): Logger {
  const settings = {
    name: 'nzr-server',
    level,
    // Never log credentials that might travel in headers or the Neo4j configuration.
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password'],
  };
  if (options.format !== 'pretty') {
    return options.destination ? pino(settings, options.destination) : pino(settings);
  }
  const pretty = PinoPretty({
    colorize: options.colour ?? Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,name',
    sync: true,
    ...(options.destination ? { destination: options.destination } : {}),
  });
  return pino(settings, pretty);
}
