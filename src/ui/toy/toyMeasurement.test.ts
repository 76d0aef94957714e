import { describe, expect, it } from 'vitest';
import { TOY_DATASETS, TOY_SPECS } from '../../toy/datasets';
import { TOY_DEFAULTS } from '../../toy/run';
import { toyMeasurement } from './toyMeasurement';

describe('the 2-D measurement in docs/EXPERIMENTS.md', () => {
  it('is re-run by npm run experiment:toy, at the panel’s default steps and noise', () => {
    expect(toyMeasurement?.command).toMatch(/^npm run experiment:toy\b/);
    expect(toyMeasurement?.configuration.steps).toBe(String(TOY_DEFAULTS.steps));
    expect(toyMeasurement?.configuration.noise).toBe(String(TOY_DEFAULTS.noise));
  });

  it('has a table per data set and size, each with the baseline and mixup rows', () => {
    const results = toyMeasurement?.tables.filter((table) => table.header.includes('unsure band')) ?? [];
    for (const dataset of TOY_DATASETS)
      expect(
        results.some((table) => table.caption.startsWith(TOY_SPECS[dataset].label)),
        dataset,
      ).toBe(true);
    for (const table of results) {
      expect(table.rows.map((row) => row[0])).toEqual(['baseline', 'mixup, α = 0.2', 'mixup, α = 1']);
      for (const row of table.rows) for (const cell of row.slice(1)) expect(cell).toMatch(/^\d+\.\d+ ± \d+\.\d+$/);
    }
  });

  it('ends with a paragraph for the panel to show', () => {
    expect(toyMeasurement?.note.length).toBeGreaterThan(80);
  });
});
