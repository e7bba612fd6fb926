/**
 * fast-check generators for hostile input: unicode edge cases (lone surrogates, which JSON.stringify sends as
 * `\ud800` escapes; RTL and zero-width marks; emoji; NUL and control characters), oversized strings,
 * injection attempts (Cypher, Lucene, GraphQL variables, CSV formulas, HTML), wrong types, deep nesting, huge
 * lists, unknown enum values, bad ids and bad dates.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

export const INJECTIONS: readonly string[] = [
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  '$param',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  'name: *:* OR id:*',
  '\\" OR 1=1 --',
  "Robert'); DROP TABLE nodes;--",
  '=HYPERLINK("http://evil.example","klick")',
  '+cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'toString',
];

export const UNICODE_EDGES: readonly string[] = [
  '\ud800',
  '\udfff',
  'a\ud83d',
  '\u202e\u202dRTL',
  '\u200f\u200e',
  'zero\u200dwidth\u200b\ufeff',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u0000',
  'nul\u0000byte',
  '\u0007\u0008\u001b[31m',
  '\r\n\t\v\f',
  '\u2028\u2029',
  'e\u0301\u0301\u0301',
  '\uffff\ufffe',
  'Ǆǅǆ ß ẞ İ ı',
];

/** A hostile string: injections, unicode edges, random unicode, long and very long strings. */
export const hostileString: Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES), fc.integer({ min: 1, max: 5000 }))
      .map(([part, times]) => part.repeat(times)),
  },
  // Just under and over the 1 MB body limit.
  { weight: 1, arbitrary: fc.constantFrom(900_000, 1_100_000).map((n) => 'x'.repeat(n)) },
);

/** Nested objects or arrays `depth` levels deep. */
export function nested(depth: number, array: boolean): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value };
  return value;
}

/** Any JSON value of a wrong or odd type. */
export const hostileValue: Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      0,
      -1,
      2 ** 31,
      2 ** 53 + 1,
      1e308,
      -1e308,
      0.1,
      true,
      false,
      [],
      {},
      [null],
      ['a', 1, null],
      { latitude: 'x', longitude: 1 },
      { latitude: 91, longitude: 181 },
      { latitude: 51, longitude: 14, extra: 1 },
      '2024-02-30',
      '2023-13-01',
      '0000-00-00',
      '99999-01-01',
      '24.12.2024',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((k) => nested(10 ** k, k % 2 === 0)) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 100_000 })
      .map((n) => Array.from({ length: n }, () => 'x')),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Property maps: valid-looking keys with hostile values, unknown keys, prototype keys. */
export const hostileProperties: Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'name',
      'description',
      'kind',
      'sector',
      'visibility',
      'email',
      'url',
      'location',
      'consentDate',
      'from',
      'until',
      'role',
      'level',
      'ags',
      'deadline',
      'population',
      'key',
      '__proto__',
      'constructor',
      'id',
      'version',
    ),
    hostileString.filter((key) => key.length < 200),
  ),
  hostileValue,
  { maxKeys: 6 },
);

/** Ids: real ones, missing ones, and malformed ones. */
export const hostileId: Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'per-anna',
    'per-bernd',
    'ins-energie-goerlitz',
    'reg-14',
    'kn-1',
    'co-1',
    'mo-1',
    'per-missing',
    '',
    ' ',
    'a'.repeat(129),
    '-leading-dash',
    'id with spaces',
    '../reg-14',
    'per-anna\u0000',
  ),
  hostileString,
  fc.constantFrom(0, -1, 1.5, true, null, [], {}),
);

/** Enum-typed arguments: valid values, unknown ones and wrong types. */
export function hostileEnum(valid: readonly string[]): Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...valid),
    fc.constantFrom('Unknown', 'person', 'PERSON', '', '__typename', 'DETACH DELETE', 1, null, []),
    hostileString,
  );
}

/** Version numbers: plausible, zero, negative, not integers, out of Int range, wrong types. */
export const hostileVersion: Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: 3 }),
  fc.constantFrom(0, -1, 2 ** 31, 1.5, '1', null, true, [1], { v: 1 }),
);
