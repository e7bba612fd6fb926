/**
 * `npx tsx client/scripts/bundle-size.ts [--json] [--max-kb 350]`: the initial JavaScript of the built client,
 * gzip-compressed: the entry chunk and everything it imports statically (lazy chunks such as the map with
 * cytoscape are not counted). Reads client/dist/.vite/manifest.json; run `npm run build -w @nzr/client` first.
 * Exits with 1 when the total exceeds --max-kb.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const manifest = JSON.parse(
  readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
) as Record<string, ManifestChunk>;

/** Manifest keys of the entries and their static imports, transitively. */
function initialChunks(): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen];
}

const files = initialChunks()
  .map((key) => manifest[key]?.file)
  .filter((file): file is string => file?.endsWith('.js') === true)
  .map((file) => {
    const bytes = readFileSync(path.join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const total = {
  bytes: files.reduce((sum, f) => sum + f.bytes, 0),
  gzip: files.reduce((sum, f) => sum + f.gzip, 0),
};
const maxIndex = process.argv.indexOf('--max-kb');
const maxKb = maxIndex > 0 ? Number(process.argv[maxIndex + 1]) : 350;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files, total, maxKb }, null, 2));
} else {
  for (const f of files)
    console.log(
      `${f.file.padEnd(44)} ${kb(f.bytes).padStart(8)} KB  gzip ${kb(f.gzip).padStart(7)} KB`,
    );
  console.log(
    `initial JS: ${kb(total.bytes)} KB, gzip ${kb(total.gzip)} KB (budget ${maxKb} KB gzip)`,
  );
}
if (total.gzip > maxKb * 1024) process.exitCode = 1;
