/**
 * Similarity of two name keys: the Sørensen–Dice coefficient of their character bigrams (each word padded
 * with a space on both sides, so word starts and ends count). 1 for equal keys, 0 for nothing in common.
 * Written here rather than taken from npm: it is a dozen lines, and the maintained packages for it
 * (string-similarity is deprecated) add nothing we need. Profiles are computed once per entry.
 */

export interface BigramProfile {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

export function bigramProfile(key: string): BigramProfile {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of key.split(' ')) {
    if (word === '') continue;
    const padded = ` ${word} `;
    for (let i = 0; i < padded.length - 1; i++) {
      const gram = padded.slice(i, i + 2);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

export function diceOfProfiles(a: BigramProfile, b: BigramProfile): number {
  if (a.total + b.total === 0) return 0;
  let shared = 0;
  for (const [gram, count] of b.counts) shared += Math.min(count, a.counts.get(gram) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

export function diceSimilarity(a: string, b: string): number {
  return a === b ? 1 : diceOfProfiles(bigramProfile(a), bigramProfile(b));
}

/** The words of each name that the other lacks (multiset difference), joined: what tells them apart. */
export function differingWords(a: readonly string[], b: readonly string[]): [string, string] {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const word of a) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
    else onlyA.push(word);
  }
  return [onlyA.join(' '), rest.join(' ')];
}
