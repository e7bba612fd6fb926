/**
 * `npm run bench:suggestions [-- --actors=10000] [--splits=5]`: the per-district link-suggestion quality of the
 * bench alone (seed/src/bench/suggestion-quality.ts), on the bench's cached embedded dataset of that size
 * (seeded with the bench's seed 42 when missing), printed as the markdown section BENCHMARKS.md carries.
 */
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { embeddedDataset } from './bench/datasets.js';
import { SUGGESTION_QUALITY } from './bench/suggestion-options.js';
import { suggestionQuality, suggestionQualitySection } from './bench/suggestion-quality.js';

const value = (name: string, fallback: number): number => {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const parsed = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`--${name} takes a positive integer`);
  return parsed;
};
const actors = value('actors', 10_000);
const options = { ...SUGGESTION_QUALITY, splits: value('splits', SUGGESTION_QUALITY.splits) };
const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const dataset = await embeddedDataset(actors, 42, path.join(os.tmpdir(), 'nzr-bench'), log);
try {
  log(`link-suggestion quality per district, ${actors} actors, ${options.splits} splits ...`);
  const rows = await suggestionQuality(dataset, options, log);
  log(['', ...suggestionQualitySection(rows, options), ''].join('\n'));
} finally {
  await dataset.close();
}
