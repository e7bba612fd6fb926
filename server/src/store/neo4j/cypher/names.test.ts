import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import * as admin from './admin-statements.js';
import { allCypherStatements } from './index.js';
import { label, relProperty, relType } from './names.js';
import * as reads from './read-statements.js';
import * as writes from './write-statements.js';

describe('statement text', () => {
  it('interpolates only graph-schema names', () => {
    expect(label('Person')).toBe('Person');
    expect(relType('KNOWS')).toBe('KNOWS');
    expect(() => label('Person) DETACH DELETE (m' as NodeLabel)).toThrow(/graph-schema/);
    expect(() => relType('KNOWS]->() //' as RelationshipType)).toThrow(/graph-schema/);
    expect(() => writes.createNodes('Entity' as NodeLabel)).toThrow();
    expect(relProperty('COOPERATES_WITH', 'until')).toBe('until');
    expect(() => relProperty('KNOWS', 'until')).toThrow(/graph-schema/);
    expect(() => relProperty('KNOWS', 'since} RETURN 1 //')).toThrow(/graph-schema/);
  });

  it('enumerates every exported statement constant', () => {
    const names = new Set(allCypherStatements().map((statement) => statement.name));
    const constants = [...Object.values(admin), ...Object.values(reads), ...Object.values(writes)]
      .filter((value): value is { name: string; cypher: string } => {
        return typeof value === 'object' && value !== null && 'cypher' in value && 'name' in value;
      })
      .map((statement) => statement.name);
    expect(constants.length).toBeGreaterThan(10);
    expect(constants.filter((name) => !names.has(name))).toEqual([]);
  });
});
