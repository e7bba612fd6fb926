/**
 * `npm start`: runs the server in production mode unless NODE_ENV says otherwise. It must be set before
 * anything imports graphql: graphql-js reads NODE_ENV once at import and, outside production, runs extra
 * cross-realm instanceof checks on every value it touches (about a tenth of the CPU time of a request).
 * Production mode changes nothing else here: stack traces in errors are tied to NODE_ENV=development.
 */
process.env.NODE_ENV ??= 'production';
await import('./main.js');

export {};
