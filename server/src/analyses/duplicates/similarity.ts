/**
 * Similarity of two name keys: the Sørensen–Dice coefficient of their character bigrams (each word padded
 * with a space on both sides, so word starts and ends count). 1 for equal keys, 0 for nothing in common.
 * Written here rather than taken from npm: it is a dozen lines, and the maintained packages for it
 * (string-similarity is deprecated) add nothing we need.
 */

function bigrams(key: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of key.split(' ')) {
    if (word === '') continue;
    const padded = ` ${word} `;
    for (let i = 0; i < padded.length - 1; i++) {
      const gram = padded.slice(i, i + 2);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const count of left.values()) total += count;
  for (const [gram, count] of right) {
    total += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
