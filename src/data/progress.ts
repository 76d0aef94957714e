export interface Progress {
  /** Bytes of one part so far; values beyond its total or below an earlier value are clamped. */
  update(part: number, loaded: number): void;
  /** Marks one part as fully loaded. */
  complete(part: number): void;
}

/**
 * Sums the progress of parts loaded in parallel into one report that only ever grows, reported when it
 * changes, starting at 0 and reaching exactly the total once every part is complete.
 */
export function createProgress(
  totals: readonly number[],
  onProgress: ((loaded: number, total: number) => void) | undefined,
): Progress {
  const total = totals.reduce((sum, size) => sum + size, 0);
  const loaded = totals.map(() => 0);
  let reported = 0;
  onProgress?.(0, total);

  function set(part: number, bytes: number): void {
    const clamped = Math.min(totals[part] ?? 0, Math.max(loaded[part] ?? 0, Math.floor(bytes)));
    loaded[part] = clamped;
    const sum = loaded.reduce((acc, size) => acc + size, 0);
    if (sum !== reported) {
      reported = sum;
      onProgress?.(sum, total);
    }
  }

  return {
    update: set,
    complete: (part) => set(part, totals[part] ?? 0),
  };
}
