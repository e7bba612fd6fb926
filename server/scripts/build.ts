/** `npm run build -w @nzr/server`: the production bundles of the server and its admin CLI (see bundle.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_ENTRIES, bundle } from './bundle.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await bundle({
  packageDir,
  entries: SERVER_ENTRIES,
});
process.stdout.write(
  'server: compiled to server/dist/bundle (start.js, heavy-worker.js, admin.js)\n',
);
