/**
 * The independent readers the export tests use: xmllint (Debian's libxml2-utils) for schema validation and
 * networkx (a python3 with it: the machine's, or Debian's python3-networkx) for loading. Like the Neo4j tier
 * (neo4j-tier.ts): when one is missing, the tests that need it are skipped with a printed reason, and with
 * NZR_REQUIRE_EXPORT_READERS=1 (set by .ci/run) a missing reader is an error, so CI never passes without them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMAS = path.join(HERE, 'schemas');
const NETWORKX_SCRIPT = path.join(HERE, 'read-with-networkx.py');

export interface Reader {
  readonly available: boolean;
  /** Why it is missing, when it is. */
  readonly reason: string;
}

function decide(name: string, found: boolean, reason: string): Reader {
  if (found) return { available: true, reason: '' };
  const line = `${name}: tests skipped (${reason})`;
  if (process.env.NZR_REQUIRE_EXPORT_READERS === '1') {
    throw new Error(`${line}, but NZR_REQUIRE_EXPORT_READERS=1 requires it`);
  }
  console.log(line);
  return { available: false, reason };
}

export function xmllintReader(): Reader {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return decide(
    'xmllint',
    probe.status === 0,
    'no xmllint: apt-get install -y --no-install-recommends libxml2-utils',
  );
}

/** Validates a file against an XSD; returns xmllint's complaints, or '' when the file is valid. */
export function validate(file: string, schema: string): string {
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  return run.status === 0 ? '' : `${run.stderr}${run.stdout}`.trim();
}

const PYTHONS = ['python3', '/usr/bin/python3'];
let python: string | null | undefined;

function pythonWithNetworkx(): string | null {
  python ??=
    PYTHONS.find(
      (candidate) =>
        spawnSync(candidate, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0,
    ) ?? null;
  return python;
}

export function networkxReader(): Reader {
  return decide(
    'networkx',
    pythonWithNetworkx() !== null,
    'no python3 with networkx: apt-get install -y --no-install-recommends python3-networkx',
  );
}

export interface NetworkxSummary {
  readonly directed: boolean;
  readonly nodes: Record<string, number>;
  readonly edges: Record<string, number>;
  readonly nodeAttributes: Record<string, Record<string, unknown>>;
  readonly edgeAttributes: Record<string, Record<string, unknown>>;
}

/** What networkx's read_graphml and read_gexf make of two files. */
export function readWithNetworkx(
  graphmlFile: string,
  gexfFile: string,
): { networkx: string; graphml: NetworkxSummary; gexf: NetworkxSummary } {
  const interpreter = pythonWithNetworkx();
  if (interpreter === null) throw new Error('no python3 with networkx');
  const out = execFileSync(interpreter, [NETWORKX_SCRIPT, graphmlFile, gexfFile], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as ReturnType<typeof readWithNetworkx>;
}
