/**
 * The built app as `npm run serve` runs it: the compiled seed loads the demo data into an empty DATA_DIR (and
 * prints the demo account), then the compiled server starts on a free port. Output is JSON (stdout is a pipe),
 * from which the address is read.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Account } from '../e2e/views';

export interface BuiltApp {
  readonly url: string;
  /** The coordinator the seed created with the demo data. */
  readonly demoAccount: Account;
  stop(): Promise<void>;
}

export interface BuiltAppOptions {
  readonly root: string;
  readonly dataDir: string;
  readonly admin: Account;
}

async function seed(root: string, env: NodeJS.ProcessEnv): Promise<Account> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'seed/dist/bundle/cli.js'), '--if-empty'],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const email = /E-Mail:\s+(\S+)/.exec(output)?.[1];
  const password = /Passwort:\s+(\S+)/.exec(output)?.[1];
  if (code !== 0 || !email || !password) {
    throw new Error(`seed failed or printed no demo account (exit ${code}):\n${output}`);
  }
  return { email, password };
}

function serverUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('server has no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /running at (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before it listened`)),
    );
  });
}

export async function startBuiltApp({ root, dataDir, admin }: BuiltAppOptions): Promise<BuiltApp> {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_FORMAT: 'json',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  };
  const demoAccount = await seed(root, env);
  const child = spawn(process.execPath, [path.join(root, 'server/dist/bundle/start.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await serverUrl(child);
  return {
    url,
    demoAccount,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
