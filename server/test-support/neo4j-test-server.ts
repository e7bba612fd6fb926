/**
 * Starts the real Neo4j 5.26 of `neo4j-test-server/` (a Maven module; Neo4j is GPLv3, so it is a development and
 * test tool, never part of the shipped product) for the Neo4j test tier, the bench and `npm run neo4j:test-server`.
 * Builds the module once with Maven (afterwards it works from the local Maven cache), then runs plain `java`
 * with the class path Maven wrote. The child reads our pipe on its standard input and stops when it closes, so
 * a Neo4j never outlives the process that started it, even after kill -9.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODULE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../neo4j-test-server',
);
const CLASSES = path.join(MODULE_DIR, 'target/classes');
const CLASS_PATH_FILE = path.join(MODULE_DIR, 'target/classpath.txt');
const SOURCES = [
  path.join(MODULE_DIR, 'pom.xml'),
  path.join(MODULE_DIR, 'src/main/java/org/nzr/neo4jtest/Neo4jTestServer.java'),
];
const MAIN_CLASS = 'org.nzr.neo4jtest.Neo4jTestServer';
/** The test server runs with auth off; the server's configuration still wants a password, any will do. */
export const TEST_SERVER_PASSWORD = 'test-server-auth-off';

export type Availability = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** What `command args` prints on stdout and stderr (java -version writes to stderr); null if it cannot run. */
function versionOutput(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return `${result.stdout}${result.stderr}`;
}

/** Whether Java 17+ and Maven are on this machine; the reason in one line when not. */
export function neo4jTestServerAvailability(): Availability {
  const java = versionOutput('java', ['-version']);
  if (java === null) return { ok: false, reason: 'java not found (Java 17+ and Maven needed)' };
  const major = Number(/version "(\d+)/.exec(java)?.[1] ?? '0');
  if (major < 17) return { ok: false, reason: `Java ${major} found, Neo4j 5.26 needs Java 17+` };
  if (versionOutput('mvn', ['-v']) === null) {
    return { ok: false, reason: 'mvn not found (Maven needed to fetch Neo4j)' };
  }
  return { ok: true };
}

function builtAfterSources(): boolean {
  if (!fs.existsSync(CLASS_PATH_FILE)) return false;
  const built = fs.statSync(CLASS_PATH_FILE).mtimeMs;
  return SOURCES.every((file) => fs.statSync(file).mtimeMs <= built);
}

/** Compiles the module and writes its class path; a no-op when both are newer than the sources. */
export function buildNeo4jTestServer(): void {
  if (builtAfterSources()) return;
  execFileSync('mvn', ['-B', '-q', '-f', path.join(MODULE_DIR, 'pom.xml'), 'compile'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Maven leaves an unchanged class path file alone; touch it so the next check sees a fresh build.
  const now = new Date();
  fs.utimesSync(CLASS_PATH_FILE, now, now);
}

export interface Neo4jTestServerOptions {
  /** 0 (default): a free port. */
  readonly port?: number;
  /** Kept across restarts when given; a throw-away directory otherwise. */
  readonly dataDir?: string;
  readonly heapMb?: number;
  readonly pageCacheMb?: number;
  readonly startTimeoutMs?: number;
}

export interface Neo4jTestServer {
  readonly uri: string;
  readonly port: number;
  readonly version: string;
  readonly child: ChildProcess;
  /** SIGTERM, then waits for a clean shutdown. */
  stop(): Promise<void>;
}

export async function startNeo4jTestServer(
  options: Neo4jTestServerOptions = {},
): Promise<Neo4jTestServer> {
  buildNeo4jTestServer();
  const classPath = `${CLASSES}${path.delimiter}${fs.readFileSync(CLASS_PATH_FILE, 'utf8').trim()}`;
  const args = [
    `-Xmx${options.heapMb ?? 2048}m`,
    '-XX:+UseG1GC',
    '-cp',
    classPath,
    MAIN_CLASS,
    '--port',
    String(options.port ?? 0),
    '--pagecache-mb',
    String(options.pageCacheMb ?? 512),
  ];
  if (options.dataDir) args.push('--data-dir', options.dataDir);
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  let started = false;
  const ready = await new Promise<{ uri: string; version: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Neo4j test server did not start:\n${output}`)),
      options.startTimeoutMs ?? 180_000,
    );
    const onData = (chunk: Buffer): void => {
      if (started) return; // drained, not kept: a chatty JVM must neither block nor fill our memory
      output += chunk.toString('utf8');
      const match = /NEO4J_TEST_SERVER_READY (\S+) (\S+)/.exec(output);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        started = true;
        resolve({ uri: match[1], version: match[2] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Neo4j test server exited before it was ready:\n${output}`));
    });
  });
  return {
    ...ready,
    port: Number(new URL(ready.uri.replace('bolt:', 'http:')).port),
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
