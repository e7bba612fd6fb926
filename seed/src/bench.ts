/**
 * `npm run bench [-- --quick] [--reseed] [--sizes=1000,10000] [--out=FILE]`: seeds (or reuses) graphs of 1k, 10k and 100k
 * actors, runs the key operations over HTTP against the real GraphQL server in-process, times the pure
 * analytics, measures link-suggestion quality, a CSV import and a bounded load test, and writes BENCHMARKS.md.
 * BENCH_LOAD_SECONDS sets the load-test duration (default 60, quick 5). `-- --load-proof` runs the load proof
 * alone (bench/load-proof.ts).
 *
 * The server's resolvers use legacy decorators, and tsx applies a tsconfig only to the files it includes, so
 * the npm script runs this with `--tsconfig ../server/tsconfig.json`.
 */
// The in-process server runs as `npm start` runs it: in production mode (see server/src/start.ts); set before
// anything imports graphql, which reads NODE_ENV once at import.
process.env.NODE_ENV ??= 'production';
await import('reflect-metadata');
// `--load-proof` runs only the load proof of issue 14 (bench/load-proof.ts).
if (process.argv.includes('--load-proof')) await import('./bench/load-proof.js');
// `--loop-delay` measures how long one heavy request at a time holds the event loop (bench/loop-delay.ts).
else if (process.argv.includes('--loop-delay')) await import('./bench/loop-delay.js');
else await import('./bench/main.js');

export {};
