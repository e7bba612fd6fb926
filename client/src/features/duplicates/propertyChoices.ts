/**
 * The properties a coordinator decides on when merging: those both entries hold with different values.
 * Properties only the removed entry holds are always taken (nothing is lost); equal ones need no choice.
 */
type Props = Readonly<Record<string, unknown>>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function conflictingProperties(keep: Props, remove: Props): string[] {
  return Object.keys(remove)
    .filter((key) => key in keep && !same(keep[key], remove[key]))
    .sort();
}

/** Properties the kept entry will take from the removed one without asking. */
export function filledProperties(keep: Props, remove: Props): string[] {
  return Object.keys(remove)
    .filter((key) => !(key in keep))
    .sort();
}

/** A property value as one line of text (points as "lat, lon", lists joined). */
export function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object' && 'latitude' in value && 'longitude' in value) {
    const point = value as { latitude: number; longitude: number };
    return `${point.latitude}, ${point.longitude}`;
  }
  return String(value);
}
