/** Builds the client once when client/dist is missing, so the server has something to serve. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const client = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(`${client}/dist/index.html`) && !process.env.E2E_REBUILD) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: client, stdio: 'inherit' });
}
