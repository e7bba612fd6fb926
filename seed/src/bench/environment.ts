/** The machine, versions and command a bench run is reported with. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Environment {
  readonly command: string;
  readonly date: string;
  readonly lines: readonly string[];
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function version(file: string): string {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return 'not installed';
  }
}

const require = createRequire(path.join(repoRoot, 'server', 'package.json'));
const depVersion = (name: string): string => {
  try {
    return version(require.resolve(`${name}/package.json`));
  } catch {
    return version(path.join(repoRoot, 'node_modules', name, 'package.json'));
  }
};

export function environment(neo4j: string | null, args: readonly string[]): Environment {
  const cpus = os.cpus();
  const npm =
    /npm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1] ?? 'unknown (not run via npm)';
  const workspaces = ['.', 'graph-schema', 'server', 'seed', 'client']
    .map((w) => `${w === '.' ? 'root' : w} ${version(path.join(repoRoot, w, 'package.json'))}`)
    .join(', ');
  const deps = [
    '@apollo/server',
    'graphql',
    'type-graphql',
    'neo4j-driver',
    'graphology',
    'autocannon',
    'tsx',
  ]
    .map((d) => `${d} ${depVersion(d)}`)
    .join(', ');
  return {
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    date: new Date().toISOString(),
    lines: [
      `CPU: ${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length} (os.cpus().length)`,
      `Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB total; load average at start ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}`,
      `OS: ${os.type()} ${os.release()} (${os.arch()})`,
      `Node ${process.version}, npm ${npm}; NODE_ENV=${process.env.NODE_ENV ?? '(unset)'} (as \`npm start\`)`,
      `Workspaces: ${workspaces}`,
      `Libraries: ${deps}`,
      `Stores: embedded${neo4j ? `, and ${neo4j}` : ' only (no Neo4j: see the notes)'}`,
    ],
  };
}
