import { describe, expect, it } from 'vitest';
import { displayStatus, STALE_AFTER_MS } from './savedRun';

describe('displayStatus', () => {
  const running = { id: 'a', status: 'running' as const, updatedAt: 1_000_000 };

  it('calls a running item interrupted when no page holds its lock', () => {
    expect(displayStatus(running, new Set(['a']), 0)).toBe('running');
    expect(displayStatus(running, new Set(['b']), 0)).toBe('interrupted');
  });

  it('falls back to how long ago it was saved where the browser has no lock list', () => {
    expect(displayStatus(running, null, running.updatedAt + STALE_AFTER_MS)).toBe('running');
    expect(displayStatus(running, null, running.updatedAt + STALE_AFTER_MS + 1)).toBe('interrupted');
  });

  it('leaves an ended item as it is', () => {
    expect(displayStatus({ ...running, status: 'finished' }, new Set(), 0)).toBe('finished');
    expect(displayStatus({ ...running, status: 'stopped' }, null, Infinity)).toBe('stopped');
  });
});
