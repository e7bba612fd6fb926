/**
 * `npm start`: runs the server in production mode unless NODE_ENV says otherwise. It must be set before
 * anything imports graphql: graphql-js reads NODE_ENV once at import and, outside production, runs extra
 * cross-realm instanceof checks on every value it touches (about a tenth of the CPU time of a request).
 * Production mode changes nothing else here: stack traces in errors are tied to NODE_ENV=development.
 */
import { logFormatFrom } from './config.js';

// The production default is ours, not the user's choice: a person who typed `npm start` at a terminal gets
// readable logs; NODE_ENV=production set by hand, or stdout to a pipe or file, gives JSON (see logFormatFrom).
if (process.env.NODE_ENV === undefined) {
  try {
    process.env.LOG_FORMAT ??= logFormatFrom(process.env, Boolean(process.stdout.isTTY));
  } catch {
    // An invalid LOG_FORMAT is reported by main.ts with the other configuration errors.
  }
  process.env.NODE_ENV = 'production';
}
await import('./main.js');

export {};
