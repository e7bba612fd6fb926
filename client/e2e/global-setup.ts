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
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: client, stdio: 'inherit' });
}
