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

  it('checks the session secret, the first admin and CORS origins', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/at least 32 characters/);
    const secret = 'x'.repeat(32);
    expect(loadConfig({ SESSION_SECRET: secret }).auth.sessionSecret).toBe(secret);
    expect(loadConfig({}).auth).toEqual({
      sessionSecret: null,
      sessionTtlSeconds: 8 * 3600,
      initialAdmin: null,
    });
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@example.org' })).toThrow(/together/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'short' })).toThrow(
      /ADMIN_PASSWORD/,
    );
    expect(
      loadConfig({ ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'long enough pw' }).auth
        .initialAdmin,
    ).toEqual({ email: 'a@example.org', password: 'long enough pw' });
    expect(() => loadConfig({ SESSION_HOURS: '-1' })).toThrow(/SESSION_HOURS/);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.org, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://a.org', 'http://localhost:5173']);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.org/' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({}).trustProxy).toBeNull();
  });

  it('reads PROPOSAL_RETENTION_DAYS: default 180, whole days from 1 to 3650', () => {
    expect(loadConfig({}).proposalRetentionDays).toBe(180);
    expect(loadConfig({ PROPOSAL_RETENTION_DAYS: '30' }).proposalRetentionDays).toBe(30);
    for (const wrong of ['0', '1.5', 'x', '3651', '-3']) {
      expect(() => loadConfig({ PROPOSAL_RETENTION_DAYS: wrong })).toThrow(
        /PROPOSAL_RETENTION_DAYS/,
      );
    }
  });
});
