/**
 * Refuses a GraphQL document over DOCUMENT_BOUNDS before Apollo validates it. Apollo offers no hook that can
 * answer with a client error between parsing and validation (an error thrown from a plugin there becomes a
 * 500), so this runs in front of it: it parses the document once more (linear, bounded by the token limit) and
 * answers 400 QUERY_TOO_COMPLEX with the exceeded bound in `extensions`. Whatever does not parse, or is not a
 * single request with a `query` string, is left to Apollo, which reports it as before.
 */
import type { RequestHandler } from 'express';
import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import { ApiError } from '../api-errors.js';
import { sendApiError } from '../http/errors.js';
import { MAX_QUERY_TOKENS } from './complexity.js';
import { DOCUMENT_BOUNDS, exceededBound } from './document-bound.js';
import type { BoundExceeded, DocumentBounds } from './document-bound.js';

const WHAT: Readonly<Record<BoundExceeded['limit'], string>> = {
  operations: 'operations',
  fragments: 'fragment definitions',
  selections: 'field selections (fragments counted where they are spread)',
  sameResponseName: 'fields of one response name in one selection set',
};

/**
 * Documents already found within the bounds, by their text: the client sends the same few dozen again and
 * again, and Apollo answers those from its own document cache without parsing; so should this check.
 * Cleared when full; only documents of ordinary size are kept.
 */
const KNOWN_GOOD_MAX = 1_000;
const KNOWN_GOOD_MAX_LENGTH = 20_000;

export function documentBound(bounds: DocumentBounds = DOCUMENT_BOUNDS): RequestHandler {
  const knownGood = new Set<string>();
  return (req, res, next) => {
    const query = queryOf(req.method === 'GET' ? req.query : req.body);
    if (query !== undefined && knownGood.has(query)) {
      next();
      return;
    }
    const document = query === undefined ? undefined : parsed(query);
    const exceeded = document && exceededBound(document, bounds);
    if (!exceeded) {
      if (document && query !== undefined && query.length <= KNOWN_GOOD_MAX_LENGTH) {
        if (knownGood.size >= KNOWN_GOOD_MAX) knownGood.clear();
        knownGood.add(query);
      }
      next();
      return;
    }
    const more = exceeded.limit === 'selections' ? 'more than ' : '';
    sendApiError(
      res,
      new ApiError(
        'QUERY_TOO_COMPLEX',
        `The document has ${more}${exceeded.count} ${WHAT[exceeded.limit]}; the maximum is ${exceeded.max}. ` +
          'Ask for fewer fields, fewer aliases or fewer operations.',
        { limit: exceeded.limit, count: exceeded.count, max: exceeded.max },
      ),
    );
  };
}

function queryOf(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return undefined;
  const { query } = params as { query?: unknown };
  return typeof query === 'string' ? query : undefined;
}

function parsed(query: string): DocumentNode | undefined {
  try {
    return parse(query, { maxTokens: MAX_QUERY_TOKENS, noLocation: true });
  } catch {
    // Apollo parses it again and answers GRAPHQL_PARSE_FAILED with the position of the error.
    return undefined;
  }
}
