/**
 * Client figures for the bench (issue 5): the initial JS size (gzip) of a fresh production build and, in real
 * chromium, the time to first map render and the panning frame rate at 10k nodes / 30k edges. The client
 * workspace owns the measurements (its bundle-size and browser-bench scripts); this runs them and keeps their
 * summary lines for BENCHMARKS.md.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ClientFigures {
  /** Summary lines as the client scripts print them (sizes, render time, frame rate, goals). */
  readonly lines: string[];
}

async function npm(args: string[]): Promise<string> {
  const { stdout } = await run('npm', ['--silent', ...args], {
    maxBuffer: 16 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  return stdout;
}

export async function runClientBench(quick: boolean): Promise<ClientFigures> {
  await npm(['run', 'build', '-w', '@nzr/client']);
  // bundle-size exits 1 over budget; the bench reports that instead of failing.
  const size = await npm(['run', 'bundle-size', '-w', '@nzr/client']).catch(
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  const lines = size.split('\n').filter((line) => line.startsWith('initial JS'));
  if (!existsSync(CHROMIUM)) {
    return { lines: [...lines, `browser bench skipped: no chromium at ${CHROMIUM}`] };
  }
  const runs = quick ? ['--runs', '1'] : ['--runs', '5'];
  const browser = await npm(['run', 'browser-bench', '-w', '@nzr/client', '--', ...runs]);
  return {
    lines: [
      ...lines,
      ...browser.split('\n').filter((line) => /^(first map render|panning)/.test(line)),
    ],
  };
}
