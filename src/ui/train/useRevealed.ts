import { useEffect, useState } from 'react';

/**
 * How many of `items` to show: none at first, then `step` more per task until all are shown, starting
 * over when `items` changes; starting from none keeps the first cards out of whatever render brought them. Each digit
 * card creates a canvas and its 2D context, a few milliseconds
 * apiece on a slow machine; a whole gallery at once would hold the main thread for one long task.
 */
export function useRevealed(items: readonly unknown[], step: number): number {
  const [revealed, setRevealed] = useState({ items, count: 0 });
  const count = revealed.items === items ? revealed.count : 0;
  if (revealed.items !== items) setRevealed({ items, count: 0 });
  useEffect(() => {
    if (count >= items.length) return;
    const timer = setTimeout(() => setRevealed({ items, count: count + step }), 0);
    return () => clearTimeout(timer);
  }, [items, count, step]);
  return Math.min(count, items.length);
}
