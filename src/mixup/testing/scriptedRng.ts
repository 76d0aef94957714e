/**
 * An "rng" that returns the given values in order, so a test can fix every random choice by
 * hand. Throws when the script runs out, which also catches code drawing more than expected.
 */
export function scriptedRng(values: readonly number[]): () => number {
  let next = 0;
  return () => {
    const value = values[next];
    if (value === undefined) throw new Error(`scripted rng exhausted after ${values.length} draws`);
    next++;
    return value;
  };
}
