import { describe, expect, it } from 'vitest';
import type { BenchRecord } from './protocol';
import { benchTable, fusedSpeedups, pairRecords, resultsMarkdown, wasmSpeedups } from './report';

const record = (fields: Partial<BenchRecord>): BenchRecord => ({
  backend: 'webgl',
  engine: 'tfjs',
  model: 'tiny',
  loop: 'paired',
  batchSize: 64,
  examplesPerSecond: 0,
  dispatchesPerStep: null,
  steps: 20,
  adapter: null,
  ...fields,
});

const records: BenchRecord[] = [
  record({ examplesPerSecond: 190 }),
  record({ loop: 'bare', examplesPerSecond: 200 }),
  record({ backend: 'cpu', loop: 'bare', examplesPerSecond: 80 }),
];

const webgpu: BenchRecord[] = [
  record({ backend: 'webgpu', engine: 'fused', examplesPerSecond: 900, dispatchesPerStep: 24 }),
  record({ backend: 'webgpu', examplesPerSecond: 300, dispatchesPerStep: 212.5 }),
  record({ backend: 'webgpu', loop: 'bare', examplesPerSecond: 320 }),
  record({ backend: 'wasm', examplesPerSecond: 3000 }),
];

describe('bench report', () => {
  it('pairs the two loops of the same backend, model and batch size', () => {
    const row = { engine: 'tfjs', model: 'tiny', batchSize: 64, dispatchesPerStep: null };
    expect(pairRecords(records)).toEqual([
      { ...row, backend: 'webgl', paired: 190, bare: 200 },
      { ...row, backend: 'cpu', paired: null, bare: 80 },
    ]);
  });

  it("keeps the engines apart, the bare loop beside TF.js's, and the paired loop's dispatches", () => {
    expect(pairRecords(webgpu).slice(0, 2)).toEqual([
      {
        backend: 'webgpu',
        engine: 'fused',
        model: 'tiny',
        batchSize: 64,
        paired: 900,
        bare: null,
        dispatchesPerStep: 24,
      },
      {
        backend: 'webgpu',
        engine: 'tfjs',
        model: 'tiny',
        batchSize: 64,
        paired: 300,
        bare: 320,
        dispatchesPerStep: 212.5,
      },
    ]);
    expect(benchTable(webgpu)).toMatch(/webgpu\s+fused\s+tiny\s+64\s+900\.0\s+—\s+—\s+24\.0/);
    expect(benchTable(webgpu)).toMatch(/wasm\s+tfjs\s+tiny\s+64\s+3000\.0\s+—\s+—\s+—/);
  });

  it('states the fused speed-up per model and batch, and compares wasm with TF.js on webgpu', () => {
    expect(fusedSpeedups(webgpu)).toEqual(['tiny · batch 64: fused / TF.js 3.0×']);
    expect(fusedSpeedups(webgpu.slice(1))).toEqual([]);
    expect(wasmSpeedups(webgpu)).toEqual(["tiny · batch 64: wasm 10.0× WebGPU with TF.js's kernels"]);
  });

  it('shows paired / bare as a percentage, and a dash where a loop is missing', () => {
    const table = benchTable(records);
    expect(table).toMatch(/webgl\s+tfjs\s+tiny\s+64\s+190\.0\s+200\.0\s+95%\s+—/);
    expect(table).toMatch(/cpu\s+tfjs\s+tiny\s+64\s+—\s+80\.0\s+—/);
  });

  it('writes the machine and browser beside the figures', () => {
    const env = {
      command: 'npm run bench',
      date: '2026-11-23',
      machine: 'm',
      browser: 'b',
      adapters: ['webgpu: x'],
      notes: ['n'],
    };
    const md = resultsMarkdown(records, env);
    expect(md).toContain('- Machine: m');
    expect(md).toContain('- Command: `npm run bench`');
    expect(md).toContain('| webgl | tfjs | tiny | 64 | 190.0 | 200.0 | 95% | — |');
    expect(md).toContain('- n');
    expect(resultsMarkdown(webgpu, { ...env, notes: [] })).toContain('- tiny · batch 64: fused / TF.js 3.0×');
  });

  it('states how many times as fast wasm trains as each reference that was measured', () => {
    const rec = (backend: BenchRecord['backend'], examplesPerSecond: number) => record({ backend, examplesPerSecond });
    expect(wasmSpeedups([rec('wasm', 3000), rec('cpu', 300), rec('cpu-stock', 80)])).toEqual([
      "tiny · batch 64: wasm 10.0× the app's CPU backend (with its fast filter gradient)",
      "tiny · batch 64: wasm 37.5× TF.js's CPU backend as shipped",
    ]);
    expect(wasmSpeedups([rec('cpu', 300)])).toEqual([]);
  });
});
