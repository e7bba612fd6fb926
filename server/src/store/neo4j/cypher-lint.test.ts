/**
 * Lints every statement the Neo4j store can send (and graph-schema's schema statements) with Neo4j's own
 * Cypher language support, against a database schema built from graph-schema: any error or warning (unknown
 * label, type, property, parameter, procedure, deprecated syntax) fails. Runs without a server.
 */
import {
  ACCOUNT_LABEL,
  INTRODUCTION_LABEL,
  TIE_PROPOSAL_LABEL,
  PROPOSAL_LABEL,
  AUDIT_LABEL,
  ENTITY_LABEL,
  NODE_LABELS,
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  SYSTEM_PROPERTIES,
} from '@nzr/graph-schema';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { allCypherStatements } from './cypher/index.js';
import { renderSchemaStatements } from './cypher/schema-ddl.js';
import { INTRODUCTION_KEYS } from './introduction-records.js';
import { TIE_PROPOSAL_KEYS } from './tie-proposal-records.js';
import { PROPOSAL_KEYS } from './proposal-records.js';
import { ACCOUNT_KEYS, AUDIT_KEYS } from './system-records.js';

/** A sample value for every parameter name the store uses; an unknown name fails the test. */
const SAMPLE_PARAMETERS: Record<string, unknown> = {
  ids: ['per-1'],
  rows: [{ id: 'per-1', props: {}, expected: null, from: 'per-1', to: 'per-2' }],
  now: '2026-01-01T00:00:00.000Z',
  index: 'entity_text',
  query: '+energie*',
  nameQuery: '+name:energie*',
  nameScore: 2.0,
  textScore: 1.0,
  offset: 0,
  limit: 10,
  latitude: 51.05,
  longitude: 13.74,
  meters: 1000.0,
  frontier: ['per-1'],
  seen: ['per-1'],
  types: ['KNOWS'],
  activeOn: '2024-05-31',
  scopeId: 'reg-14',
  labels: ['Person'],
  attachLabels: ['Topic'],
  sectors: ['business'],
  kinds: ['school'],
  topicIds: ['top-energy_climate'],
  regionId: 'reg-14',
  regionIds: ['reg-14522'],
  networkId: 'net-1',
  visibilities: ['public'],
  timeoutSeconds: 300,
  id: 'acc-1',
  email: 'anna@example.org',
  after: '',
  account: { id: 'acc-1', email: 'anna@example.org', version: 1 },
  entry: { id: 'aud-1', at: '2026-01-01T00:00:00.000Z', items: '[]', entityIds: [] },
  afterAt: '~',
  afterCreatedAt: '~',
  actorLabel: 'Institution',
  statuses: ['introduced'],
  introduction: { id: 'int-1', status: 'introduced', regionIds: ['reg-14'], version: 1 },
  proposal: { id: 'pro-1', status: 'pending', regionIds: ['reg-14'], version: 1 },
  status: 'pending',
  submittedBy: 'acc-1',
  sourceKey: 'k1',
  afterId: '',
  entityId: 'per-1',
  actorId: 'acc-1',
  actorIds: ['per-1'],
  openKey: 'KNOWS|per-1|per-2',
  tieProposal: { id: 'tie-1', status: 'pending', regionIds: ['reg-14'], version: 1 },
};

const propertyKeys = new Set<string>([...SYSTEM_PROPERTIES]);
for (const spec of Object.values(NODE_LABELS))
  Object.keys(spec.properties).forEach((k) => propertyKeys.add(k));
for (const spec of Object.values(RELATIONSHIP_TYPES)) {
  Object.keys(spec.properties).forEach((k) => propertyKeys.add(k));
}
// Account and AuditEntry nodes (graph-schema/system.ts labels; keys typed against the port's records).
for (const key of [
  ...ACCOUNT_KEYS,
  ...AUDIT_KEYS,
  ...INTRODUCTION_KEYS,
  ...TIE_PROPOSAL_KEYS,
  ...PROPOSAL_KEYS,
]) {
  propertyKeys.add(key);
}

const { functions, procedures } = testData.mockSchema;

function schemaFor(cypher: string): DbSchema {
  const parameters: Record<string, unknown> = {};
  for (const name of parameterNames(cypher)) parameters[name] = SAMPLE_PARAMETERS[name];
  return {
    labels: [
      ENTITY_LABEL,
      ...NODE_LABEL_NAMES,
      ACCOUNT_LABEL,
      AUDIT_LABEL,
      INTRODUCTION_LABEL,
      TIE_PROPOSAL_LABEL,
      PROPOSAL_LABEL,
    ],
    relationshipTypes: [...RELATIONSHIP_TYPE_NAMES],
    propertyKeys: [...propertyKeys],
    parameters,
    functions,
    procedures,
  };
}

function parameterNames(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''))];
}

const statements = [
  ...allCypherStatements(),
  ...renderSchemaStatements().map((cypher, i) => ({ name: `graph-schema[${i}]`, cypher })),
];

describe('Cypher of the Neo4j store', () => {
  it('lints for real: a wrong label, property, parameter and procedure are reported', () => {
    const bad = 'MATCH (n:Persn) WHERE n.nmae = $nope CALL db.nothing() RETURN n';
    const messages = lintCypherQuery(bad, schemaFor('')).diagnostics.map((d) => d.message);
    expect(messages.join('\n')).toMatch(/Persn/);
    expect(messages.join('\n')).toMatch(/nmae/);
    expect(messages.join('\n')).toMatch(/\$nope/);
    expect(messages.join('\n')).toMatch(/db\.nothing/);
  });

  it('has unique statement names', () => {
    const names = allCypherStatements().map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(statements.map((s) => [s.name, s.cypher] as const))('%s lints clean', (_name, cypher) => {
    const { diagnostics } = lintCypherQuery(cypher, schemaFor(cypher));
    const readable = diagnostics.map(
      (d) =>
        `${d.severity === 1 ? 'error' : 'warning'} at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`,
    );
    expect(readable, `\n${cypher}\n`).toEqual([]);
  });

  it.each(statements.map((s) => [s.name, s.cypher] as const))(
    '%s uses only known parameters',
    (_name, cypher) => {
      const unknown = parameterNames(cypher).filter((name) => !(name in SAMPLE_PARAMETERS));
      expect(unknown).toEqual([]);
    },
  );

  it.each(statements.map((s) => [s.name, s.cypher] as const))(
    '%s holds no literal user values',
    (_name, cypher) => {
      // String literals only where graph-schema puts them (the analyzer name in the full-text index options).
      const strings = [...cypher.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map(
        (m) => m[0],
      );
      expect(strings.filter((s) => s !== "'standard-folding'")).toEqual([]);
      // Numbers only as fixed bounds (hop ranges, batch sizes, version arithmetic), never ids or text.
      const numbers = [...cypher.matchAll(/(?<![\w$.])\d+(?:\.\d+)?(?![\w])/g)].map((m) => m[0]);
      expect(numbers.every((n) => ['0', '0.0', '1', '2', '3', '10000'].includes(n))).toBe(true);
    },
  );
});
