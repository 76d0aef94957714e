import { describe, expect, it } from 'vitest';
import { engineSteps, pairedLoopConfig, pairedRecords } from './pairedLoop';
import type { BenchRequest } from './protocol';

const request = (backend: BenchRequest['backend']): BenchRequest => ({
  backend,
  model: 'tiny',
  batchSize: 32,
  steps: 5,
  engines: ['fused', 'tfjs'],
});

describe('the paired loop per engine', () => {
  it('offers fused on webgpu only, TF.js elsewhere whatever the request names', () => {
    const skipped: string[] = [];
    const config = pairedLoopConfig(request('webgpu'), 1024);
    expect(engineSteps(request('webgpu'), config, (why) => skipped.push(why)).map((s) => s.engine)).toEqual([
      'fused',
      'tfjs',
    ]);
    const fusedOnly = { ...request('wasm'), engines: ['fused' as const] };
    expect(engineSteps(fusedOnly, config, (why) => skipped.push(why)).map((s) => s.engine)).toEqual(['tfjs']);
    expect(skipped).toEqual([]);
  });

  it('writes one record per engine, in the shape both runtimes share', () => {
    const best = new Map([
      ['fused', { examplesPerSecond: 900, dispatchesPerStep: 24 }],
      ['tfjs', { examplesPerSecond: 300, dispatchesPerStep: 212.5 }],
    ] as const);
    expect(pairedRecords(request('webgpu'), best, 'google swiftshader')).toEqual([
      {
        backend: 'webgpu',
        engine: 'fused',
        model: 'tiny',
        loop: 'paired',
        batchSize: 32,
        examplesPerSecond: 900,
        dispatchesPerStep: 24,
        steps: 5,
        adapter: 'google swiftshader',
      },
      expect.objectContaining({ engine: 'tfjs', dispatchesPerStep: 212.5 }),
    ]);
  });
});
