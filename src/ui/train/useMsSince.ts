import { useEffect, useState } from 'react';

/**
 * Milliseconds since `value` last changed, updated every `tickMs`. An estimate made when a report arrived can
 * then count down while the worker is too busy to send the next: on wasm an epoch-end evaluation is one
 * synchronous call of many seconds.
 */
export function useMsSince(value: unknown, tickMs: number): number {
  const [tick, setTick] = useState<{ value: unknown; ms: number }>({ value, ms: 0 });
  useEffect(() => {
    const began = performance.now();
    const timer = setInterval(() => setTick({ value, ms: performance.now() - began }), tickMs);
    return () => clearInterval(timer);
  }, [value, tickMs]);
  return tick.value === value ? tick.ms : 0;
}
