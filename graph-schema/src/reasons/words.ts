/**
 * The small words reasons are built from, per language: numbers, counts, lists and the display names of
 * sectors, resource kinds and topics (graph-schema's own German and English names).
 */
import type { Language } from '../enum-entries.js';
import { RESOURCE_KINDS, SECTORS } from '../enums.js';
import type { ResourceKind, Sector } from '../enums.js';
import { TOPIC_TREE, topicId } from '../topics.js';
import type { NameLookup } from './kinds.js';

const LOCALE: Readonly<Record<Language, string>> = { de: 'de-DE', en: 'en-GB' };
const AND: Readonly<Record<Language, string>> = { de: 'und', en: 'and' };
const MORE: Readonly<Record<Language, string>> = { de: 'weitere', en: 'more' };

const byValue = <V extends string>(list: readonly ({ value: V } & Record<Language, string>)[]) =>
  new Map(list.map((entry) => [entry.value, entry]));
const SECTOR = byValue(SECTORS);
const RESOURCE = byValue(RESOURCE_KINDS);
const TOPIC = new Map(TOPIC_TREE.map((topic) => [topicId(topic.key), topic]));

/**
 * A calendar date (ISO `YYYY-MM-DD`), one format per language everywhere: `07.12.2026` in German,
 * `7 Dec 2026` in English (the client's dates and the reasons' sentences alike).
 */
export function dateText(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

export function numberText(value: number, language: Language, digits = 1): string {
  return value.toLocaleString(LOCALE[language], { maximumFractionDigits: digits });
}

/** "1 Kooperation", "3 Kooperationen"; "1 actor", "3 actors". */
export function countText(count: number, language: Language, one: string, many: string): string {
  return `${numberText(count, language)} ${count === 1 ? one : many}`;
}

/** "A", "A und B", "A, B und C"; longer lists end in "und n weitere" ("and n more"). */
export function listText(items: readonly string[], language: Language, max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const all = rest > 0 ? [...shown, `${rest} ${MORE[language]}`] : shown;
  if (all.length <= 1) return all.join('');
  return `${all.slice(0, -1).join(', ')} ${AND[language]} ${all.at(-1) ?? ''}`;
}

export function sectorName(sector: Sector, language: Language): string {
  return SECTOR.get(sector)?.[language] ?? sector;
}

export function resourceKindName(kind: ResourceKind, language: Language): string {
  return RESOURCE.get(kind)?.[language] ?? kind;
}

/** A topic's name: the one the caller knows (the stored node), else the reference tree's, else the id. */
export function topicName(id: string, language: Language, names: NameLookup): string {
  return names(id) ?? TOPIC.get(id)?.[language] ?? id;
}

/** Names of the mentioned nodes as a list; an id stands for a node whose name is unknown. */
export function namesText(ids: readonly string[], language: Language, names: NameLookup): string {
  return listText(
    ids.map((id) => names(id) ?? id),
    language,
  );
}

/** Whether every id has a known name (ids are no text for readers). */
export const allNamed = (ids: readonly string[], names: NameLookup): boolean =>
  ids.every((id) => names(id) !== undefined);
