/**
 * Argument checks shared by the modules. Values may come from sliders or URLs, so every message
 * names the offending parameter and echoes the value it got.
 */

/** Throws unless `value` is a finite number strictly greater than 0. */
export function requirePositiveFinite(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new Error(`${name} must be a finite number > 0, got ${String(value)}`);
  }
}

/** Throws unless `value` is an integer ≥ 1. */
export function requirePositiveInteger(name: string, value: number): void {
  if (!(Number.isSafeInteger(value) && value >= 1)) {
    throw new Error(`${name} must be a positive integer, got ${String(value)}`);
  }
}

/**
 * Throws unless every entry is an integer index in [0, bound), e.g. class labels in [0, K) or
 * partner indices in [0, N).
 */
export function requireIndices(name: string, values: ArrayLike<number>, bound: number): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!(value !== undefined && Number.isInteger(value) && value >= 0 && value < bound)) {
      throw new Error(`${name}[${i}] must be an integer in [0, ${bound}), got ${String(value)}`);
    }
  }
}
