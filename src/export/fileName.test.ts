import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_FILE_NAME_LENGTH } from './fileName';
import { savedRunFixture, savedSweepFixture } from './testing/fixtures';

const run = (name: string, createdAt = Date.UTC(2026, 10, 24, 3, 41, 27)) => savedRunFixture({ name, createdAt });

/** Letters, digits, hyphens and dots only: nothing any OS reserves, no spaces, no non-ASCII. */
const SAFE = /^[a-z0-9.-]+$/;

describe('exportFileName', () => {
  it('joins kind, kebab-case name, UTC creation minute and contents', () => {
    expect(exportFileName(run('Small data'), 'curves', 'csv')).toBe('mixup-run-small-data-2026-11-24-0341-curves.csv');
    expect(exportFileName(savedSweepFixture({ name: 'Calibration' }), 'results', 'json')).toBe(
      'mixup-sweep-calibration-2026-11-25-2359-results.json',
    );
  });

  it('spells out α and λ, keeps decimal points, strips accents and drops other non-ASCII', () => {
    expect(exportFileName(run('Mixup α=0.2, λ per batch'), 'curves', 'csv')).toBe(
      'mixup-run-mixup-alpha-0.2-lambda-per-batch-2026-11-24-0341-curves.csv',
    );
    expect(exportFileName(run('Café 日本 ✓ run'), 'epochs', 'csv')).toBe(
      'mixup-run-cafe-run-2026-11-24-0341-epochs.csv',
    );
  });

  it('leaves out characters that some OS reserves', () => {
    const name = exportFileName(run('a/b\\c:d*e?f"g<h>i|j. '), 'robustness', 'csv');
    expect(name).toBe('mixup-run-a-b-c-d-e-f-g-h-i-j-2026-11-24-0341-robustness.csv');
    expect(name).toMatch(SAFE);
  });

  it('leaves the name out when nothing of it is ASCII', () => {
    expect(exportFileName(run('日本語'), 'curves', 'csv')).toBe('mixup-run-2026-11-24-0341-curves.csv');
  });

  it('leaves the date out when createdAt is no possible time', () => {
    expect(exportFileName(run('Small data', 1e20), 'curves', 'csv')).toBe('mixup-run-small-data-curves.csv');
  });

  it('shortens a long name at a word break to keep the whole within the limit', () => {
    const name = exportFileName(run('word '.repeat(40)), 'curves', 'csv');
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toMatch(/^mixup-run-(word-)+2026-11-24-0341-curves\.csv$/);
    const oneWord = exportFileName(run('x'.repeat(300)), 'curves', 'csv');
    expect(oneWord).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(oneWord).toMatch(SAFE);
  });

  it('names a file with no run behind it by what it holds alone', () => {
    expect(exportFileName(null, 'chart test-accuracy', 'png')).toBe('mixup-chart-test-accuracy.png');
  });
});
