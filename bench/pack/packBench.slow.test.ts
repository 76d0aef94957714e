import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packBench } from './packBench';

describe('npm run bench:pack', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'mixup-pack-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('packs a bench that the system node runs from the folder alone, printing records', async () => {
    await packBench(folder);
    for (const file of ['bench.mjs', 'run.sh', 'dist', 'mnist/train-images-idx3-ubyte']) {
      expect(existsSync(path.join(folder, file)), file).toBe(true);
    }
    // From elsewhere, so nothing resolves through this repository's node_modules.
    const run = spawnSync(
      path.join(folder, 'run.sh'),
      ['--models', 'tiny', '--batches', '32', '--steps', '1', '--rounds', '1'],
      { cwd: tmpdir(), encoding: 'utf8', timeout: 450_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // The fused record also shows the bundle carries the engine's WGSL.
    expect(records.map((record) => record.engine).sort()).toEqual(['fused', 'tfjs']);
    for (const record of records) {
      expect(record).toMatchObject({ backend: 'webgpu', model: 'tiny', batchSize: 32, loop: 'paired' });
      expect(record.dispatchesPerStep).toBeGreaterThan(0);
    }
  }, 480_000);
});
