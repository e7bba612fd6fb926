/**
 * Bench datasets: a generated graph of `actors` actors in an embedded store, seeded once in a child process
 * (clean seed time and peak memory) and cached under <tmp>/nzr-bench/<size>-s<seed>-<generator hash>; each run
 * opens a throw-away copy so writes of the bench never change the cache. With NEO4J_URI the same graph is
 * loaded into the configured Neo4j database instead (cleared first; no cache).
 */
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, storeConfigFrom } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { generate } from '../generate/generate.js';
import { loadGraph } from '../load/load.js';
import { describeGraph } from './graph-meta.js';
import type { GraphMeta } from './graph-meta.js';
import { META_VERSION } from './graph-meta.js';
import { timeOnce } from './stats.js';

export interface SeedFigures {
  readonly generateMs: number;
  /** Generate + load + close, ms. */
  readonly seedMs: number;
  readonly peakRssMb: number;
}

export interface Dataset {
  readonly actors: number;
  readonly kind: 'embedded' | 'neo4j';
  readonly store: GraphStore;
  readonly meta: GraphMeta;
  readonly seed: SeedFigures;
  /** True when the seed figures come from an earlier run (the store was reused). */
  readonly cached: boolean;
  /** Time to open the store (embedded: read snapshot and journal into memory), ms. */
  readonly openMs: number;
  close(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Hash of the generator's sources and the meta format: a changed generator never reuses an old cache. */
function generatorHash(): string {
  const dir = path.join(here, '..', 'generate');
  const hash = createHash('sha1').update(`meta ${META_VERSION}`);
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
      hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 10);
}

function seedInChild(dir: string, actors: number, seed: number): Promise<SeedFigures> {
  rmSync(dir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'seed-child.ts'), [dir, String(actors), String(seed)]);
    let figures: SeedFigures | undefined;
    child.on('message', (message) => {
      figures = message as SeedFigures;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && figures) resolve(figures);
      else reject(new Error(`seeding ${actors} actors failed (exit code ${code ?? 'null'})`));
    });
  });
}

interface Cached {
  readonly meta: GraphMeta;
  readonly figures: SeedFigures;
}

function readCache(dir: string): Cached | null {
  const file = path.join(dir, 'meta.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Cached) : null;
}

export async function embeddedDataset(
  actors: number,
  seed: number,
  root: string,
  log: (line: string) => void,
  reseed = false,
): Promise<Dataset> {
  const prefix = `${actors}-s${seed}-`;
  const dir = path.join(root, `${prefix}${generatorHash()}`);
  for (const old of existsSync(root) ? readdirSync(root) : [])
    if (old.startsWith(prefix) && path.join(root, old) !== dir)
      rmSync(path.join(root, old), { recursive: true, force: true });
  for (let attempt = 0; ; attempt++) {
    let cached = readCache(dir);
    const reused = cached !== null && attempt === 0 && !reseed;
    if (!reused) {
      log(`  seeding ${actors} actors into ${dir} (child process) ...`);
      await seedInChild(dir, actors, seed);
      cached = readCache(dir);
    }
    if (!cached) throw new Error(`no meta.json in ${dir}`);
    const work = path.join(root, `work-${actors}`);
    rmSync(work, { recursive: true, force: true });
    cpSync(path.join(dir, 'store'), work, { recursive: true });
    try {
      const opened = await timeOnce(() => openStore({ kind: 'embedded', dataDir: work }));
      const store = opened.value;
      return {
        actors,
        kind: 'embedded',
        store,
        meta: cached.meta,
        seed: cached.figures,
        cached: reused,
        openMs: opened.ms,
        close: async () => {
          await store.close();
          rmSync(work, { recursive: true, force: true });
        },
      };
    } catch (error) {
      // A cache written by an older store format: seed again once.
      if (attempt > 0) throw error;
      log(`  cached store in ${dir} did not open (${String(error)}); seeding again`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Loads the graph into the Neo4j database of NEO4J_URI (cleared first, accounts included). */
export async function neo4jDataset(actors: number, seed: number): Promise<Dataset> {
  const opened = await timeOnce(() => openStore(storeConfigFrom(process.env)));
  const store = opened.value;
  await store.clear({ system: true });
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const graph = generate({ actors, seed });
  const generateMs = performance.now() - started;
  await loadGraph(store, graph);
  const seedMs = performance.now() - started;
  const maxRss = Math.max(before, process.resourceUsage().maxRSS);
  return {
    actors,
    kind: 'neo4j',
    store,
    meta: describeGraph(graph),
    seed: { generateMs, seedMs, peakRssMb: Math.round(maxRss / 1024) },
    cached: false,
    openMs: opened.ms,
    close: () => store.close(),
  };
}
