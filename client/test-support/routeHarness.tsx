/**
 * Test harness for the analytics routes: the app's real URL state and router on happy-dom's history, Apollo's
 * MockedProvider for the server. Views render their controls without data, so a failing view query (no
 * mock) still lets a test drive the controls; `capture` records the variables a view asked with.
 */
import type { DocumentNode } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ANALYSIS_OPTIONS } from '../src/app/routes/analytics/options.query';

const OPTIONS: MockedResponse = {
  request: { query: ANALYSIS_OPTIONS },
  result: {
    data: {
      topics: { __typename: 'SearchConnection', edges: [] },
      districts: { __typename: 'Graph', nodes: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Opens `path` (with its search string) and renders the route there. */
export function renderAt(path: string, route: ReactNode, mocks: readonly MockedResponse[] = []) {
  window.history.replaceState(null, '', path);
  return render(
    <MockedProvider mocks={[OPTIONS, ...mocks]} showWarnings={false}>
      {route}
    </MockedProvider>,
  );
}

/** Answers every request of `query` with an error and records its variables. */
export function capture(query: DocumentNode): {
  readonly mock: MockedResponse;
  readonly calls: Record<string, unknown>[];
} {
  const calls: Record<string, unknown>[] = [];
  return {
    calls,
    mock: {
      request: {
        query,
        variables: (variables: Record<string, unknown>) => {
          calls.push(variables);
          return true;
        },
      },
      error: new Error('no server in this test'),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

export const params = () => new URLSearchParams(window.location.search);
