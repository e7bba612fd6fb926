/** `npm run build -w @nzr/seed`: the production bundle of the seed CLI (see server/scripts/bundle.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '@nzr/server/scripts/bundle';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await bundle({ packageDir, entries: ['src/cli.ts'] });
process.stdout.write('seed: compiled to seed/dist/bundle/cli.js\n');
