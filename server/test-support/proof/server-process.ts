/**
 * The real server as a child process (`node --import tsx src/start.ts` in server/), as `npm start` runs it: started
 * with PORT=0, its address read from the start-up log line, killed with any signal. Everything it prints is
 * kept, so tests can check the log (e.g. for STORE_CORRUPT) and show it when something fails.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const SERVER_DIR = path.join(REPO_ROOT, 'server');
/** The entry of `npm start` (production mode unless NODE_ENV says otherwise, then main.ts). */
export const MAIN = path.join(SERVER_DIR, 'src/start.ts');

export interface ServerExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the base URL once the server logged that it listens; rejects if it exits first. */
  readonly ready: Promise<string>;
  readonly exited: Promise<ServerExit>;
  kill(signal: NodeJS.Signals): Promise<ServerExit>;
}

/**
 * Starts the server from its sources through tsx, or with `entry` a compiled entry point with plain node
 * (the production bundle, scripts/bundle.ts).
 */
export function startServer(
  env: NodeJS.ProcessEnv,
  startTimeoutMs = 60_000,
  entry?: string,
): ServerProcess {
  // In server/, as `npm start` runs it: tsx needs server/tsconfig.json (experimental decorators).
  const argv = entry === undefined ? ['--import', 'tsx', MAIN] : [entry];
  const child = spawn(process.execPath, argv, {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      INIT_CWD: '',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start within ${startTimeoutMs} ms:\n${output}`));
    }, startTimeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /is running at (http:\/\/[^\s"(]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(
        new Error(`server exited (${exit.code ?? exit.signal}) before it was ready:\n${output}`),
      );
    });
  });
  // A test that only looks at `exited` must not fail on the rejected `ready`.
  ready.catch(() => undefined);
  return {
    child,
    output: () => output,
    ready,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls GET /ready until it answers 200 (or the time is up); returns the last answer. */
export async function waitReady(
  url: string,
  timeoutMs = 20_000,
): Promise<{ status: number; body: string }> {
  const until = Date.now() + timeoutMs;
  let last = { status: 0, body: '' };
  while (Date.now() < until) {
    try {
      const response = await fetch(`${url}/ready`);
      last = { status: response.status, body: await response.text() };
      if (response.status === 200) return last;
    } catch (error) {
      last = { status: 0, body: String(error) };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
}
