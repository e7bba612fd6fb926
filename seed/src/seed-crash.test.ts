/**
 * Kill -9 in the middle of a seed: the real seed CLI runs as a child process on the embedded store and prints
 * `BATCH <n> <items>` after the store acknowledged each batch. After SIGKILL at a random moment, the store must
 * open without repair and hold every acknowledged batch; running the same seed again completes the load.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '@nzr/server/store';
import { generate } from './generate/generate.js';
import { batches } from './load/batches.js';

const ACTORS = 1500;
const BATCH_SIZE = 150;
const ROUNDS = 3;
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const dirs: string[] = [];

interface SeedRun {
  readonly acknowledged: number[];
  readonly exitCode: number | null;
}

/** Runs the seed CLI; when `killAfterBatches` is set, sends SIGKILL once that many batches were acknowledged. */
function runSeed(dataDir: string, killAfterBatches?: number): Promise<SeedRun> {
  const args = [
    '--import',
    'tsx',
    cli,
    '--actors',
    String(ACTORS),
    '--batch-size',
    String(BATCH_SIZE),
    '--log-batches',
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATA_DIR: dataDir, INIT_CWD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged: number[] = [];
  let buffer = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^BATCH (\d+) \d+$/.exec(line);
      if (!match) continue;
      acknowledged.push(Number(match[1]));
      if (killAfterBatches !== undefined && acknowledged.length >= killAfterBatches)
        child.kill('SIGKILL');
    }
  });
  child.stderr.resume();
  return new Promise((resolve) =>
    child.on('exit', (exitCode) => resolve({ acknowledged, exitCode })),
  );
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('kill -9 during a seed', () => {
  const graph = generate({ actors: ACTORS, seed: 42 });
  const allBatches = [...batches(graph, BATCH_SIZE)];

  it('keeps every acknowledged batch and resumes to the full data set', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-seed-crash-'));
    dirs.push(dataDir);
    // Fixed kill points spread over node and relationship batches (deterministic, no wall-clock dependence).
    const killPoints = [2, Math.floor(allBatches.length / 2), allBatches.length - 3].slice(
      0,
      ROUNDS,
    );
    for (const killAfter of killPoints) {
      // Each run starts again at batch 0 (re-upserting what is there) and is killed after `killAfter` acks.
      const run = await runSeed(dataDir, killAfter);
      expect(run.exitCode).toBeNull(); // killed by the signal, not finished
      const store = await openStore({ kind: 'embedded', dataDir });
      try {
        for (const index of run.acknowledged) {
          const batch = allBatches[index];
          if (!batch) throw new Error(`unknown batch ${index}`);
          const nodes = await store.getNodes(batch.nodes.map((node) => node.id));
          expect(nodes.map((node) => node.id)).toEqual(batch.nodes.map((node) => node.id));
          const relationships = await store.getRelationships(batch.relationships);
          expect(relationships).toHaveLength(batch.relationships.length);
        }
      } finally {
        await store.close();
      }
    }
    const finished = await runSeed(dataDir);
    expect(finished.exitCode).toBe(0);
    const store = await openStore({ kind: 'embedded', dataDir });
    try {
      const stats = await store.stats();
      const total = (counts: Record<string, number>): number =>
        Object.values(counts).reduce((sum, count) => sum + count, 0);
      expect(total(stats.nodes)).toBe(graph.nodes.length);
      expect(total(stats.relationships)).toBe(graph.relationships.length);
    } finally {
      await store.close();
    }
  }, 120_000);
});
