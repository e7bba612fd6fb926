/**
 * The proof tests at bench scale (issue 6): server/src/proof runs with PROOF_SCALE=bench, which means
 * ≥ 10,000 fuzzed mutations, fuzzed CSV imports and 20 SIGKILLs of the real server during imports. npm test
 * runs the same files with small fixed-seed samples. This keeps the summary lines each test prints and
 * whether they passed.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** vitest's projects are defined at the repository root. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILES = [
  'server/src/proof/bad-input.test.ts',
  'server/src/proof/bad-csv.test.ts',
  'server/src/proof/crash-safety.test.ts',
];

export async function runProofAtScale(): Promise<string[]> {
  const started = performance.now();
  const args = ['vitest', 'run', '--project', 'server', ...FILES];
  const outcome = await run('npx', args, {
    cwd: ROOT,
    env: { ...process.env, PROOF_SCALE: 'bench' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 12 * 60_000,
  }).then(
    ({ stdout }) => ({ stdout, passed: true }),
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '', passed: false }),
  );
  const summaries = outcome.stdout
    .split('\n')
    // vitest colours console output; strip the ANSI escapes before matching.
    // eslint-disable-next-line no-control-regex
    .map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim())
    .filter((line) => /^(bad-input|bad-csv|server crash) proof:/.test(line));
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  return [
    ...summaries,
    `${FILES.length} proof files at bench scale: ${outcome.passed ? 'all passed' : 'FAILED (see the bench log)'} in ${seconds} s`,
  ];
}
