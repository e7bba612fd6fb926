/**
 * Builds the client before the browser tests, so they always exercise the current source (a stale dist/ would
 * hide changes). E2E_SKIP_BUILD=1 reuses an existing build while iterating on the tests themselves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const client = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(`${client}/dist/index.html`) && process.env.E2E_SKIP_BUILD) return;
  // vitest sets NODE_ENV=test, which would make a development build of React: the tests (and a bundle-size or
  // browser-bench run after them, which read the same dist/) must see the production build.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: client,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
