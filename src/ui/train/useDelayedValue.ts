import { startTransition, useEffect, useState } from 'react';

/**
 * False, then true `delayMs` after the component mounts, in a timer task of its own: a chart mounts its plot then,
 * so a tab of charts opens in one short task per chart rather than in one long one (a recharts chart's mount
 * re-renders it synchronously from its own store: 60–90 ms a chart on the two-core test machine).
 */
export function useMountAfter(delayMs: number): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return ready;
}

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
