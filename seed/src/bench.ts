/**
 * `npm run bench [-- --quick] [--sizes=1000,10000] [--out=FILE]`: seeds (or reuses) graphs of 1k, 10k and 100k
 * actors, runs the key operations over HTTP against the real GraphQL server in-process, times the pure
 * analytics, measures link-suggestion quality, a CSV import and a bounded load test, and writes BENCHMARKS.md.
 * BENCH_LOAD_SECONDS sets the load-test duration (default 60, quick 5).
 *
 * The server's resolvers use legacy decorators, which tsx compiles only with the server's tsconfig: this
 * launcher restarts itself once with TSX_TSCONFIG_PATH pointing there, then loads the bench (bench/main.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

if (process.env.TSX_TSCONFIG_PATH) {
  await import('reflect-metadata');
  await import('./bench/main.js');
} else {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, TSX_TSCONFIG_PATH: path.resolve(here, '../../server/tsconfig.json') },
    },
  );
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
