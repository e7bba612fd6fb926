import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { SESSION_SECRET_FILE, resolveSessionSecret } from './session-secret.js';

let dataDir: string;
const logger = createLogger('silent');
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-secret-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('session secret', () => {
  it('prefers SESSION_SECRET', async () => {
    const secret = 's'.repeat(40);
    expect(await resolveSessionSecret({ sessionSecret: secret }, null, logger)).toBe(secret);
  });

  it('generates one for the embedded store and keeps it (mode 0600) across restarts', async () => {
    const store = { kind: 'embedded' as const, dataDir };
    const first = await resolveSessionSecret({ sessionSecret: null }, store, logger);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await resolveSessionSecret({ sessionSecret: null }, store, logger)).toBe(first);
    const file = path.join(dataDir, SESSION_SECRET_FILE);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('uses a per-process key for Neo4j without SESSION_SECRET', async () => {
    const neo4j = {
      kind: 'neo4j' as const,
      uri: 'neo4j://db:7687',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    };
    const a = await resolveSessionSecret({ sessionSecret: null }, neo4j, logger);
    const b = await resolveSessionSecret({ sessionSecret: null }, neo4j, logger);
    expect(a).not.toBe(b);
  });
});
