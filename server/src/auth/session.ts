/**
 * Signed session tokens: HS256 JWTs made with jose. A token names the account (`sub`) and the account version
 * it was issued for (`ver`); the server checks the account on every request, so a disabled, deleted or changed
 * account (role, password reset) ends its sessions at once. Tokens travel as `Authorization: Bearer <token>`,
 * never in cookies, so browsers never attach them by themselves (no CSRF).
 */
import { SignJWT, errors, jwtVerify } from 'jose';

const ISSUER = 'nzr-explorer';
const AUDIENCE = 'nzr-explorer-api';
const ALGORITHM = 'HS256';

export interface SessionClaims {
  readonly accountId: string;
  /** Account version the token was issued for. */
  readonly version: number;
}

export interface IssuedToken {
  readonly token: string;
  /** ISO timestamp. */
  readonly expiresAt: string;
}

export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  issue(claims: SessionClaims, now = new Date()): Promise<IssuedToken> {
    return this.sign(claims, new Date(now.getTime() + this.ttlSeconds * 1000), now);
  }

  /** Signs a token with any expiry; tests use it to make already-expired tokens. */
  async sign(claims: SessionClaims, expiresAt: Date, issuedAt = new Date()): Promise<IssuedToken> {
    const token = await new SignJWT({ ver: claims.version })
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(claims.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /** The claims of a valid token; null when it is malformed, forged or expired. */
  async verify(token: string): Promise<SessionClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        // A token without an expiry would be valid forever; ours always carry one.
        requiredClaims: ['exp'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.ver !== 'number') return null;
      return { accountId: payload.sub, version: payload.ver };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
