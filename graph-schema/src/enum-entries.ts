/** The languages the explorer speaks, German first; every display name in graph-schema exists in each. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface EnumEntry<V extends string = string> extends Readonly<Record<Language, string>> {
  readonly value: V;
}

/** Builds enum entries from [value, German, English] triples, keeping the literal value types. */
export function entries<const V extends string>(
  list: readonly (readonly [V, string, string])[],
): readonly EnumEntry<V>[] {
  return list.map(([value, de, en]) => ({ value, de, en }));
}
