/** A uniform integer in [0, n) from an rng returning values in [0, 1). */
export function randomIndex(rng: () => number, n: number): number {
  // min() guards against an rng that returns exactly 1, which would index one past the end.
  return Math.min(n - 1, Math.floor(rng() * n));
}

/**
 * Moves k elements, chosen uniformly without replacement, to the front of `pool` in random order
 * (the first k steps of a Fisher–Yates shuffle). With k = pool.length it shuffles the whole pool.
 */
export function chooseInPlace(pool: Int32Array, k: number, rng: () => number): void {
  for (let i = 0; i < k; i++) {
    const j = i + randomIndex(rng, pool.length - i);
    const picked = pool[j] ?? 0;
    pool[j] = pool[i] ?? 0;
    pool[i] = picked;
  }
}
