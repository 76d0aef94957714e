import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import { readStoredItem, readStoredSummary, RECORD_VERSION, versioned } from './savedRecord';
import { summariseItem } from './savedRun';
import { savedSweepFixture } from '../export/testing/fixtures';

const sweep = savedSweepFixture();

describe('reading a stored record', () => {
  it('gives back a good record as it was saved, without the record version', () => {
    expect(readStoredItem(versioned(sweep), 's')).toEqual(sweep);
    expect(readStoredSummary(versioned(summariseItem(sweep)), 's')).toEqual(summariseItem(sweep));
  });

  it('reads a record saved before versions were kept as version 1', () => {
    expect(RECORD_VERSION).toBe(1);
    expect(readStoredItem(sweep, 's')).toEqual(sweep);
  });

  it('reads the runs of a sweep saved before baselines were reused as training their own, and its summary without a best α', () => {
    const records = sweep.records.map(({ trainedBaseline: _, ...record }) => record);
    expect(readStoredItem({ ...sweep, records }, 's')).toEqual(sweep);
    const { best, ...summary } = summariseItem(sweep);
    expect(best).not.toBeNull();
    expect(readStoredSummary(summary, 's')).toEqual({ ...summary, best: null });
  });

  it('reads the backend of a record saved before there were two engines as training with TF.js kernels', () => {
    const backend = { name: 'webgpu', requested: 'auto', reason: 'saved then', skipped: [], adapter: null };
    const read = readStoredItem({ ...sweep, backend }, 's');
    expect(read).toMatchObject({ backend: { name: 'webgpu', engine: 'tfjs' } });
  });

  it('says a record from a newer version is that, whatever its fields', () => {
    expect(readStoredItem({ version: RECORD_VERSION + 1, id: 's', updatedAt: 7 }, 's')).toEqual({
      kind: 'unreadable',
      id: 's',
      problem: 'newer',
      reason: `It was saved by a newer version of Mixup Playground (record version ${RECORD_VERSION + 1}; this page reads up to ${RECORD_VERSION}).`,
      updatedAt: 7,
    });
  });

  it.each([
    ['a field of the wrong type', { ...sweep, records: null }, 'item.records must be Array, got null'],
    ['a missing field', { ...sweep, name: undefined }, 'item.name is missing'],
    ['a config out of range', { ...sweep, config: { ...DEFAULT_CONFIG, epochs: -1 } }, 'item.config'],
    ['a version that is no version', { ...sweep, version: 'two' }, 'item.version must be a whole number'],
    ['no object at all', 'sweep', 'item must be Object, got "sweep"'],
  ])('calls a record with %s damaged and says what is wrong', (_case, raw, reason) => {
    const read = readStoredItem(raw, 's');
    expect(read).toMatchObject({ kind: 'unreadable', id: 's', problem: 'damaged' });
    expect(read.kind === 'unreadable' && read.reason).toContain(reason);
  });
});
