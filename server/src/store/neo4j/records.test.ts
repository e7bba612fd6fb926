import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.js';
import { completePropertyParams, filterParams, propertyParams, toPoint } from './params.js';
import { nodeField, relationshipField, toGraphNode, toPropertyValue } from './records.js';

const system = {
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

function node(labels: string[], properties: Record<string, unknown>) {
  return new neo4j.types.Node(neo4j.int(1), labels, properties, 'element-1');
}

describe('records: Neo4j values to port records', () => {
  it('converts a node: label without Entity, system fields apart, points and integers', () => {
    const result = toGraphNode(
      node(['Entity', 'Region'], {
        id: 'reg-14',
        ...system,
        version: neo4j.int(3),
        name: 'Sachsen',
        level: 'state',
        population: neo4j.int(4_000_000),
        areaKm2: 18_450.5,
        urban: false,
        location: new neo4j.types.Point(neo4j.int(4326), 13.2, 51.0),
      }),
    );
    expect(result).toEqual({
      id: 'reg-14',
      label: 'Region',
      version: 3,
      createdAt: system.createdAt,
      updatedAt: system.updatedAt,
      properties: {
        name: 'Sachsen',
        level: 'state',
        population: 4_000_000,
        areaKm2: 18_450.5,
        urban: false,
        location: { latitude: 51.0, longitude: 13.2 },
      },
    });
  });

  it('keeps string lists and reads plain numbers (disableLosslessIntegers)', () => {
    const result = nodeField(
      node(['FundingProgramme', 'Entity'], {
        id: 'fun-1',
        ...system,
        name: 'Programm',
        funderLevel: 'state',
        eligibleSectors: ['business', 'education'],
        maxAmountEur: 50_000,
      }),
    );
    expect(result.label).toBe('FundingProgramme');
    expect(result.properties.eligibleSectors).toEqual(['business', 'education']);
    expect(result.properties.maxAmountEur).toBe(50_000);
  });

  it('converts a relationship with the endpoint ids returned next to it', () => {
    const rel = new neo4j.types.Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      'FUNDED_BY',
      { id: 'rel-1', ...system, amountEur: neo4j.int(1200), year: 2025 },
      'r-7',
      'element-1',
      'element-2',
    );
    expect(relationshipField(rel, 'prj-1', 'fun-1')).toEqual({
      id: 'rel-1',
      type: 'FUNDED_BY',
      from: 'prj-1',
      to: 'fun-1',
      version: 3,
      createdAt: system.createdAt,
      updatedAt: system.updatedAt,
      properties: { amountEur: 1200, year: 2025 },
    });
  });

  it('reports nodes without exactly one graph-schema label, and foreign values, as STORE_CORRUPT', () => {
    const corrupt = (fn: () => unknown): boolean => {
      try {
        fn();
        return false;
      } catch (error) {
        return isStoreError(error, 'STORE_CORRUPT');
      }
    };
    expect(corrupt(() => toGraphNode(node(['Entity'], { id: 'x', ...system })))).toBe(true);
    expect(
      corrupt(() => toGraphNode(node(['Entity', 'Person', 'Region'], { id: 'x', ...system }))),
    ).toBe(true);
    expect(corrupt(() => nodeField({ id: 'x' }))).toBe(true);
    expect(corrupt(() => toPropertyValue(new neo4j.types.Point(neo4j.int(7203), 1, 2), 'p'))).toBe(
      true,
    );
    expect(corrupt(() => toPropertyValue({ nested: true }, 'p'))).toBe(true);
  });

  it('reads native temporal values as ISO text', () => {
    expect(toPropertyValue(new neo4j.types.Date(2026, 3, 1), 'deadline')).toBe('2026-03-01');
  });
});

describe('params: port values to Cypher parameters', () => {
  it('sends integer properties as Integers, points as WGS-84 points, keeps null for removal', () => {
    const params = propertyParams('Region', {
      population: 1200,
      areaKm2: 12,
      location: { latitude: 51.05, longitude: 13.74 },
      description: null,
    });
    expect(neo4j.isInt(params.population)).toBe(true);
    expect(params.areaKm2).toBe(12);
    const location = params.location;
    expect(neo4j.isPoint(location)).toBe(true);
    if (neo4j.isPoint(location)) {
      expect([Number(location.srid), location.x, location.y]).toEqual([4326, 13.74, 51.05]);
    }
    expect(params.description).toBeNull();
    expect(completePropertyParams('Region', { name: 'A', description: null })).toEqual({
      name: 'A',
    });
  });

  it('round-trips a point', () => {
    const point = toPoint({ latitude: -33.9, longitude: 151.2 });
    expect(toPropertyValue(point, 'location')).toEqual({ latitude: -33.9, longitude: 151.2 });
  });

  it('passes null for absent filters', () => {
    expect(filterParams(undefined)).toEqual({
      labels: null,
      sectors: null,
      kinds: null,
      topicIds: null,
      regionId: null,
      networkId: null,
      visibilities: null,
    });
    expect(filterParams({ sectors: ['business'], regionId: 'reg-1' })).toMatchObject({
      sectors: ['business'],
      regionId: 'reg-1',
    });
  });
});
