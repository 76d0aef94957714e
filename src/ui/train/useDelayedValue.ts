import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, taken up `delayMs` later in a timer task of its own. Sibling charts given different delays
 * therefore redraw in separate tasks, none of them long, instead of all in the one that changed the value.
 * As a transition, React renders it in slices that let input and progress updates in between.
 * The delay must be shorter than the interval between changes, or the value is never taken up.
 */
export function useDelayedValue<T>(value: T, delayMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setShown(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return shown;
}
