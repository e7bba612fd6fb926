/**
 * HTTP-level errors as JSON in the GraphQL error shape, so clients handle them like any other API error:
 * an oversized body (413), malformed JSON (400), unknown paths (404) and anything unexpected (500, logged).
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

function body(
  message: string,
  code: string,
): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(body(`Nothing at ${req.method} ${req.path}.`, 'NOT_FOUND'));
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type =
      typeof error === 'object' && error !== null && 'type' in error ? error.type : undefined;
    if (type === 'entity.too.large') {
      const limit = `${BODY_LIMIT_BYTES / (1024 * 1024)} MB`;
      res
        .status(413)
        .json(body(`Request body is larger than the limit of ${limit}.`, 'PAYLOAD_TOO_LARGE'));
    } else if (type === 'entity.parse.failed') {
      res.status(400).json(body('Request body is not valid JSON.', 'BAD_REQUEST'));
    } else {
      logger.error({ err: error }, 'HTTP request failed unexpectedly');
      res.status(500).json(body('Internal server error.', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
