/**
 * Where the session signing key comes from: SESSION_SECRET when set; otherwise, for the embedded store, a random
 * key generated once and kept in DATA_DIR/session-secret (mode 0600) so sessions survive restarts; for Neo4j
 * without SESSION_SECRET a per-process key (there is no local folder to keep it in), with a warning.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuthConfig, StoreConfig } from '../config.js';
import { MIN_SESSION_SECRET_LENGTH } from '../config.js';
import type { Logger } from '../logger.js';

export const SESSION_SECRET_FILE = 'session-secret';

const newSecret = (): string => randomBytes(32).toString('hex');

export async function resolveSessionSecret(
  auth: Pick<AuthConfig, 'sessionSecret'>,
  /** null when the server runs without a known store folder (tests that build their own store). */
  store: StoreConfig | null,
  logger: Logger,
): Promise<string> {
  if (auth.sessionSecret) return auth.sessionSecret;
  if (store === null || store.kind === 'neo4j') {
    logger.warn(
      'SESSION_SECRET ist nicht gesetzt: Anmeldungen enden beim Neustart / ' +
        'SESSION_SECRET is not set: sessions end when the server restarts',
    );
    return newSecret();
  }
  const file = path.join(store.dataDir, SESSION_SECRET_FILE);
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing !== null && existing.trim().length >= MIN_SESSION_SECRET_LENGTH)
    return existing.trim();
  const secret = newSecret();
  await mkdir(store.dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  logger.info({ file }, 'session secret generated');
  return secret;
}
