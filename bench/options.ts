import type { ModelKind } from '../src/contract/config';

export const MODELS: ModelKind[] = ['tiny', 'seed-cnn'];
/** The batch sizes the bench knows, both runtimes alike: the app's default (32), 64, and one where a GPU fills. */
export const BATCHES = ['32', '64', '256'] as const;
/** Timed steps per measurement: the seed-cnn is ~20× heavier, and SwiftShader is slow. */
export const DEFAULT_STEPS: Record<ModelKind, number> = { tiny: 20, 'seed-cnn': 4 };

/** A comma-separated flag value, every item one of `allowed`; all of them when the flag is absent. */
export function parseList<T extends string>(raw: string | undefined, allowed: readonly T[], flag: string): T[] {
  if (raw === undefined) return [...allowed];
  const items = raw.split(',');
  const bad = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (bad !== undefined) throw new Error(`--${flag}: '${bad}' is not one of ${allowed.join(', ')}`);
  return items as T[];
}

/** An integer flag value from min to max; null when the flag is absent. */
export function parseInteger(raw: string | undefined, flag: string, min: number, max: number): number | null {
  if (raw === undefined) return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${flag} must be an integer from ${min} to ${max}, got '${raw}'`);
  return value;
}

/** --batches: some of BATCHES, all of them when absent. */
export function parseBatches(raw: string | undefined): number[] {
  return parseList(raw, BATCHES, 'batches').map(Number);
}
