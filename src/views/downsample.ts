/**
 * At most `max` items, evenly spaced over `items`, always keeping the first and the last: a curve
 * drawn from them keeps its shape and its latest value while the cost of drawing stays bounded.
 */
export function downsample<T>(items: readonly T[], max: number): T[] {
  if (max < 2) throw new RangeError(`downsample keeps at least 2 items, asked for ${max}`);
  if (items.length <= max) return items.slice();
  const last = items.length - 1;
  return Array.from({ length: max }, (_, i) => items[Math.round((i * last) / (max - 1))] as T);
}
