/**
 * Test helper: the real server in-process with the analyses' test network (network.ts), plus `ask` (expects data, no
 * errors) and `codeOf` (expects an error and returns its code). Not used at runtime.
 */
import 'reflect-metadata';
import type { AccountRole } from '@nzr/graph-schema';
import { expect } from 'vitest';
import { startTestApi } from '../api/test-server.js';
import type { TestApi } from '../api/test-server.js';
import { ANALYTICS_NETWORK } from './network.js';

export interface AnalyticsApi {
  readonly api: TestApi;
  ask<T>(query: string, variables?: Record<string, unknown>, role?: AccountRole): Promise<T>;
  codeOf(query: string, variables?: Record<string, unknown>): Promise<string | undefined>;
  close(): Promise<void>;
}

/** The analyses' test network, or a variant of it (`fixture`). */
export async function startAnalyticsApi(fixture = ANALYTICS_NETWORK): Promise<AnalyticsApi> {
  const api = await startTestApi({ fixture });
  return {
    api,
    async ask<T>(query: string, variables: Record<string, unknown> = {}, role?: AccountRole) {
      const token = role ? await api.tokenFor(role) : null;
      const { data, errors } = await api.gql<T>(query, variables, token);
      expect(errors).toBeUndefined();
      if (!data) throw new Error('no data');
      return data;
    },
    async codeOf(query: string, variables: Record<string, unknown> = {}) {
      const { errors } = await api.gql(query, variables);
      expect(errors, `expected an error for ${JSON.stringify(variables)}`).toBeDefined();
      const code = errors?.[0]?.extensions?.['code'];
      return typeof code === 'string' ? code : undefined;
    },
    close: () => api.close(),
  };
}

/** Bad arguments for one analysis: a name for the test, the variables, the error code expected. */
export type BadArguments = readonly [
  name: string,
  variables: Record<string, unknown>,
  code: 'BAD_USER_INPUT' | 'NOT_FOUND',
];

/** The reasons selection every analysis shares. */
export const REASONS =
  'reasons { kind topicIds km ids via sectors resourceKind resourceIds projectIds observed expected openPairs actors count date actorsPer10k crossSectorShare topicShares }';
