import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('encodes scrypt parameters, a 16-byte salt and a 64-byte key', async () => {
    const hash = await hashPassword('correct horse battery');
    const [algorithm, n, r, p, salt, key] = hash.split('$');
    expect([algorithm, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(64);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('Correct horse battery', hash)).toBe(false);
    expect(await verifyAgainstDummy('correct horse battery')).toBe(false);
  });

  it('refuses malformed hashes and parameters that would exhaust the server', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$2$8$1$AAAA$AAAA')).toBe(false);
  });
});
