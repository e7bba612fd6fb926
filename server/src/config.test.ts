import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded store in ./data on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.store).toEqual({ kind: 'embedded', dataDir: path.resolve('./data') });
  });

  it('resolves a relative DATA_DIR from where npm was invoked', () => {
    const config = loadConfig({ INIT_CWD: '/srv/nzr', DATA_DIR: 'store' });
    expect(config.store).toEqual({ kind: 'embedded', dataDir: '/srv/nzr/store' });
  });

  it('switches to Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j://db:7687',
      NEO4J_PASSWORD: 'secret',
      DATA_DIR: '/x',
    });
    expect(config.store).toEqual({
      kind: 'neo4j',
      uri: 'neo4j://db:7687',
      user: 'neo4j',
      password: 'secret',
      database: 'neo4j',
    });
  });

  it('explains what is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://db' })).toThrow(/neo4j:\/\//);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });
});
