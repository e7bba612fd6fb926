/**
 * Small statistics helpers.
 */

/**
 * Lower tail of the Poisson distribution, P(X ≤ k | λ), summed in log space so that large λ (> 745, where
 * e^-λ underflows) stays exact: log p_0 = -λ, log p_i = log p_{i-1} + ln λ - ln i, then log-sum-exp.
 */
export function poissonCdf(k: number, lambda: number): number {
  if (k < 0) return 0;
  if (lambda <= 0) return 1;
  let logTerm = -lambda;
  let maxLog = logTerm;
  const logs: number[] = [logTerm];
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(lambda) - Math.log(i);
    logs.push(logTerm);
    if (logTerm > maxLog) maxLog = logTerm;
  }
  let sum = 0;
  for (const l of logs) sum += Math.exp(l - maxLog);
  return Math.min(1, Math.exp(maxLog) * sum);
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = intersectCount(a, b);
  return shared / (a.length + b.length - shared);
}

/** Size of the intersection of two sorted, duplicate-free arrays, without allocating (hot loops). */
export function intersectCount(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

/** Intersection of two sorted, duplicate-free arrays. */
export function intersectSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Keeps the `limit` best items by score (ties broken by the caller's `key`), in descending order. */
export class TopK<T> {
  private readonly items: { score: number; key: string; item: T }[] = [];
  constructor(private readonly limit: number) {}

  /** Whether a score could still enter: lets callers skip building an item. */
  accepts(score: number): boolean {
    const last = this.items.at(-1);
    return this.items.length < this.limit || (last !== undefined && score > last.score);
  }

  push(score: number, key: string, item: T): void {
    if (this.limit <= 0 || !this.accepts(score)) return;
    let i = this.items.length;
    while (i > 0) {
      const prev = this.items[i - 1];
      if (prev === undefined || prev.score > score || (prev.score === score && prev.key <= key))
        break;
      i--;
    }
    this.items.splice(i, 0, { score, key, item });
    if (this.items.length > this.limit) this.items.pop();
  }

  values(): T[] {
    return this.items.map((e) => e.item);
  }
}
