/**
 * Compiles Node entry points for production: one ES module bundle per entry (with shared chunks), TypeScript and
 * the workspace packages (@nzr/*, which export TypeScript sources) compiled in, every npm dependency left as an
 * import that node resolves from node_modules. So production runs plain `node` with production dependencies
 * only (`npm ci --omit=dev`); tsx and esbuild stay development tools.
 *
 * The output sits two directories below its package (`<package>/dist/bundle/`), as deep as the sources
 * (`<package>/src/<folder>/`), so that paths the code resolves from `import.meta.url` (the client's build, the
 * seed's region data) point to the same files from the bundle as from the sources.
 *
 * Splitting matters for start.ts: it sets NODE_ENV before it imports main.ts dynamically, and graphql-js reads
 * NODE_ENV once at import; in a single file every import would be hoisted above that assignment.
 */
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

export interface BundleTarget {
  /** The package directory, holding package.json and tsconfig.json. */
  readonly packageDir: string;
  /** Entry points relative to the package directory, e.g. `src/start.ts`. */
  readonly entries: readonly string[];
  /**
   * The folder under `<package>/dist/` (default `bundle`, where `npm run build` puts it); tests build into their
   * own so they never clobber a developer's build.
   */
  readonly folder?: string;
}

/** The server's entry points: the server, its heavy-work thread (loaded beside the server) and the admin CLI. */
export const SERVER_ENTRIES: readonly string[] = [
  'src/start.ts',
  'src/heavy/heavy-worker.ts',
  'scripts/admin.ts',
];

export const bundleDir = (target: BundleTarget): string =>
  path.join(target.packageDir, 'dist', target.folder ?? 'bundle');

interface Manifest {
  readonly dependencies?: Record<string, string>;
}

const manifestOf = (packageDir: string): Manifest =>
  JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as Manifest;

/**
 * The npm dependencies of the package and of the workspace packages it depends on (@nzr/<name> lives in the
 * sibling folder <name>): they stay external; the workspace packages themselves are compiled in.
 */
export function productionDependencies(packageDir: string): string[] {
  const found = new Set<string>();
  const visit = (dir: string): void => {
    for (const name of Object.keys(manifestOf(dir).dependencies ?? {})) {
      if (name.startsWith('@nzr/')) visit(path.join(dir, '..', name.slice('@nzr/'.length)));
      else found.add(name);
    }
  };
  visit(packageDir);
  return [...found].sort();
}

export async function bundle(target: BundleTarget): Promise<Metafile> {
  const outdir = bundleDir(target);
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: target.packageDir,
    entryPoints: target.entries.map((entry) => path.join(target.packageDir, entry)),
    outdir,
    outbase: target.packageDir,
    entryNames: '[name]',
    // Chunks beside the entries, at the same depth (see above).
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    tsconfig: path.join(target.packageDir, 'tsconfig.json'),
    external: productionDependencies(target.packageDir).flatMap((name) => [name, `${name}/*`]),
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

/** The bare module specifiers a bundle imports at run time (npm packages and node built-ins). */
export function importedPackages(metafile: Metafile): string[] {
  const specifiers = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (imported.external) specifiers.add(imported.path);
    }
  }
  return [...specifiers].sort();
}
