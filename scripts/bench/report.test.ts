import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../bench/protocol';
import { benchTable, pairRecords, resultsMarkdown, wasmSpeedups } from './report';

const records: BenchRecord[] = [
  { backend: 'webgl', model: 'tiny', loop: 'paired', batchSize: 64, examplesPerSecond: 190 },
  { backend: 'webgl', model: 'tiny', loop: 'bare', batchSize: 64, examplesPerSecond: 200 },
  { backend: 'cpu', model: 'tiny', loop: 'bare', batchSize: 64, examplesPerSecond: 80 },
];

describe('bench report', () => {
  it('pairs the two loops of the same backend, model and batch size', () => {
    expect(pairRecords(records)).toEqual([
      { backend: 'webgl', model: 'tiny', batchSize: 64, paired: 190, bare: 200 },
      { backend: 'cpu', model: 'tiny', batchSize: 64, paired: null, bare: 80 },
    ]);
  });

  it('shows paired / bare as a percentage, and a dash where a loop is missing', () => {
    const table = benchTable(records);
    expect(table).toMatch(/webgl\s+tiny\s+64\s+190\.0\s+200\.0\s+95%/);
    expect(table).toMatch(/cpu\s+tiny\s+64\s+—\s+80\.0\s+—/);
  });

  it('writes the machine and browser beside the figures', () => {
    const md = resultsMarkdown(records, {
      command: 'npm run bench',
      date: '2026-11-23',
      machine: 'm',
      browser: 'b',
      adapters: ['webgpu: x'],
      notes: ['n'],
    });
    expect(md).toContain('- Machine: m');
    expect(md).toContain('- Command: `npm run bench`');
    expect(md).toContain('| webgl | tiny | 64 | 190.0 | 200.0 | 95% |');
    expect(md).toContain('- n');
  });

  it('states how many times as fast wasm trains as each reference that was measured', () => {
    const rec = (backend: BenchRecord['backend'], examplesPerSecond: number): BenchRecord => ({
      backend,
      model: 'tiny',
      loop: 'paired',
      batchSize: 64,
      examplesPerSecond,
    });
    expect(wasmSpeedups([rec('wasm', 3000), rec('cpu', 300), rec('cpu-stock', 80)])).toEqual([
      "tiny: wasm 10.0× the app's CPU backend (with its fast filter gradient)",
      "tiny: wasm 37.5× TF.js's CPU backend as shipped",
    ]);
    expect(wasmSpeedups([rec('cpu', 300)])).toEqual([]);
  });
});
