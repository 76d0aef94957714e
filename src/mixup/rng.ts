/**
 * Seedable randomness. Every random choice in mixup (the partner permutation, λ, the CutMix box)
 * flows through one `Rng`, so a seed reproduces a whole experiment exactly.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

const TWO_POW_32 = 4294967296;

/**
 * splitmix32: a tiny hash-like generator whose only job here is to spread a seed's bits over
 * sfc32's state, so that nearby seeds (0, 1, 2, …) start far apart.
 */
function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A seeded generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, 128-bit state,
 * passes PractRand) seeded through splitmix32. Each call returns k / 2³² for a 32-bit integer k,
 * so values lie in [0, 1) and 1 is never returned.
 *
 * The seed is truncated to an integer; its low and high 32-bit words both enter the state, so
 * any safe integer (e.g. `Date.now()`) gives its own stream. The same seed always gives the same
 * stream.
 *
 * @throws Error if `seed` is NaN or ±Infinity.
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) {
    throw new Error(`Rng seed must be a finite number, got ${seed}`);
  }
  const whole = Math.trunc(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / TWO_POW_32) >>> 0;

  const mix = splitmix32(low);
  let a = mix();
  let b = mix();
  let c = (mix() ^ high) >>> 0;
  let counter = 1;

  const next = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / TWO_POW_32;
  };
  // The first outputs still carry visible structure from the seed; sfc's author discards 12.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * A uniform integer in [0, n): ⌊u·n⌋ for u ~ U[0, 1).
 *
 * @throws Error unless `n` is a positive safe integer.
 */
export function randomInt(rng: Rng, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new Error(`randomInt needs a positive integer n, got ${n}`);
  }
  // min() keeps a hand-written rng that returns exactly 1 from indexing one past the end.
  return Math.min(n - 1, Math.floor(rng() * n));
}

/**
 * A uniformly random permutation of 0…n−1 by the Fisher–Yates shuffle: for i = n−1 down to 1,
 * swap entry i with entry j ~ U{0, …, i}. Each of the n! orders has probability 1/n!.
 * Consumes exactly n − 1 draws (none for n ≤ 1).
 *
 * @throws Error unless `n` is a non-negative safe integer.
 */
export function permutation(n: number, rng: Rng): Int32Array {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(`permutation needs a non-negative integer n, got ${n}`);
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const held = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = held;
  }
  return order;
}

/**
 * A standard normal draw Z ~ N(0, 1) by the Box–Muller transform:
 * Z = √(−2 ln U₁) · cos(2π U₂) for independent U₁, U₂ ~ U(0, 1].
 * Consumes exactly two draws; the companion sine value is discarded to keep this stateless.
 */
export function standardNormal(rng: Rng): number {
  // 1 − u maps [0, 1) onto (0, 1], so the logarithm never sees 0.
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
