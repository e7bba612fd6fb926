/**
 * Query parameters of the export routes (/api/export and the record exports): each given at most once,
 * checked at the edge, refused with 400 BAD_REQUEST and a message naming the parameter.
 */
import { validateId } from '@nzr/graph-schema';
import type { Request } from 'express';
import { ApiError } from '../../api-errors.js';

export const bad = (message: string): ApiError => new ApiError('BAD_REQUEST', message);

export function param(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw bad(`${name} must be given once.`);
  return value;
}

export function checkedId(name: string, value: string): string {
  if (validateId(value).length > 0) throw bad(`${name} is not a valid id: ${value.slice(0, 140)}`);
  return value;
}

/** `delimiter=comma` (default) or `semicolon` (German Excel), as the CSV writer's character. */
export function delimiterParam(req: Request): ',' | ';' {
  const delimiter = param(req, 'delimiter') ?? 'comma';
  if (delimiter !== 'comma' && delimiter !== 'semicolon')
    throw bad('delimiter must be comma or semicolon.');
  return delimiter === 'comma' ? ',' : ';';
}
