/**
 * Name keys for duplicate detection: two spellings of one organisation or person should give the same key.
 * Case, umlauts and ß ("Müller" = "Mueller"), other diacritics, punctuation and hyphens ("BUND-Ortsgruppe" =
 * "BUND Ortsgruppe"), legal forms anywhere (e.V., gGmbH, GmbH & Co. KG, eG …) and a leading "Stadt" /
 * "Gemeinde" / "Große Kreisstadt" ("Stadt Zittau" = "Zittau") are folded away.
 */

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Tokens (after folding) that are legal forms, never part of what names an organisation. */
const LEGAL_FORM_TOKENS = new Set([
  'ev',
  'eg',
  'gmbh',
  'ggmbh',
  'mbh',
  'ag',
  'kg',
  'co',
  'ug',
  'gbr',
  'haftungsbeschraenkt',
  'kdoer',
  'aoer',
]);

/** Leading words that a municipality's name may carry or not. */
const MUNICIPAL_PREFIXES: readonly (readonly string[])[] = [
  ['grosse', 'kreisstadt'],
  ['stadtverwaltung'],
  ['gemeindeverwaltung'],
  ['stadt'],
  ['gemeinde'],
];

/** Lower-case ASCII words of a name: umlauts spelled out, other accents dropped, punctuation as spaces. */
export function foldedTokens(name: string): string[] {
  const folded = name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // "e.V." and "e. V." become the one token "ev" before punctuation turns into spaces.
    .replace(/\be\s*\.\s*v\b\.?/g, ' ev ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded === '' ? [] : folded.split(' ');
}

function withoutMunicipalPrefix(tokens: string[]): string[] {
  for (const prefix of MUNICIPAL_PREFIXES) {
    // Only when something follows: "Gemeinde" alone stays a name.
    if (tokens.length > prefix.length && prefix.every((word, i) => tokens[i] === word))
      return tokens.slice(prefix.length);
  }
  return tokens;
}

/** The words that name the entry, in order: legal forms and a municipal prefix removed. */
export function nameTokens(name: string): string[] {
  const tokens = foldedTokens(name).filter((token) => !LEGAL_FORM_TOKENS.has(token));
  return withoutMunicipalPrefix(tokens);
}

/** The normalised name key: equal keys mean the same name written differently. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** A web address without scheme, "www.", trailing slash and case: "https://www.x.de/" = "x.de". */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** Words that tell branches apart: "Stadtwerke Dresden-Nord" and "Stadtwerke Dresden" are two entries. */
const QUALIFIER =
  /^(nord|sued|ost|west|mitte|nordost|nordwest|suedost|suedwest|oben|unten|[ivx]+|\d+)$/;

/** The qualifier words of name tokens, sorted and joined: equal for two spellings of one entry. */
export function qualifiers(tokens: readonly string[]): string {
  return tokens
    .filter((token) => QUALIFIER.test(token))
    .sort()
    .join(' ');
}
