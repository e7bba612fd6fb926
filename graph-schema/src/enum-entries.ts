export interface EnumEntry<V extends string = string> {
  readonly value: V;
  readonly de: string;
  readonly en: string;
}

/** Builds enum entries from [value, German, English] triples, keeping the literal value types. */
export function entries<const V extends string>(
  list: readonly (readonly [V, string, string])[],
): readonly EnumEntry<V>[] {
  return list.map(([value, de, en]) => ({ value, de, en }));
}
