import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS, presetConfig } from '../contract/presets';
import { DEFAULT_SWEEP_ALPHAS } from '../contract/sweepPlan';
import { rowOf } from './experimentsDoc';
import { headlineOf, measurementOf, SWEEP_MEASUREMENT_ID } from './measuredPresets';

/** The fields docs/EXPERIMENTS.md's configuration lines give, written as the runner prints them. */
const DOCUMENTED_FIELDS = [
  'model',
  'trainSize',
  'labelNoise',
  'epochs',
  'batchSize',
  'learningRate',
  'optimizer',
  'weightDecay',
  'alpha',
  'mixMode',
  'lambdaPer',
  'testSize',
  'trainEvalSize',
] as const;

describe('the presets as docs/EXPERIMENTS.md measured them', () => {
  it.each(PRESET_IDS)('%s has a section whose command runs it and whose configuration is the preset', (id) => {
    const section = measurementOf(id);
    expect(section, `docs/EXPERIMENTS.md has no section for ${id}`).not.toBeNull();
    expect(section?.command).toMatch(new RegExp(`^npm run experiment -- --preset ${id} --seeds 3\\b`));
    const config = presetConfig(id);
    for (const field of DOCUMENTED_FIELDS) expect(section?.configuration[field], field).toBe(String(config[field]));
    expect(section?.configuration.beta).toBe(config.beta === null ? 'alpha' : String(config.beta));
    // The catalogue's English title is the section's: the page names the preset as the document does.
    expect(section?.title).toBe(PRESETS[id].title);
  });

  it.each(PRESET_IDS)('%s has final accuracy and ECE for both arms, and the FGSM table', (id) => {
    const section = measurementOf(id);
    if (!section) throw new Error(`no section for ${id}`);
    for (const arm of ['baseline', 'mixup'] as const) {
      expect(headlineOf(section, arm)).toEqual({
        accuracy: expect.stringMatching(/^\d+\.\d\d ± \d+\.\d\d$/),
        ece: expect.stringMatching(/^\d\.\d{4} ± \d\.\d{4}$/),
      });
    }
    expect(section.tables[1]?.caption).toMatch(/^Accuracy under FGSM/);
    // The second implementation: the exported PyTorch script, run on the same configuration and seeds.
    const side = section.tables[2];
    expect(side?.caption).toMatch(
      new RegExp(`^Side by side with PyTorch \\(npm run experiment -- --preset ${id} --seeds 3 --framework pytorch`),
    );
    expect(side?.rows.map((row) => row[0])).toEqual(
      ['baseline', 'mixup', 'mixup − baseline'].flatMap((run) => [`${run}, TF.js`, `${run}, PyTorch`]),
    );
    // The closing paragraph is what the page shows as what to watch: it must be there and say something.
    expect(section.note.length).toBeGreaterThan(80);
  });
});

describe('the Quick demo', () => {
  it('comes first, and mixup − baseline under FGSM at ε = 0.05 and 0.1 lies beyond the seed spread in both frameworks', () => {
    expect(PRESET_IDS[0]).toBe('quick-demo');
    const section = measurementOf('quick-demo');
    const side = section?.tables[2];
    const header = side?.header ?? [];
    for (const framework of ['TF.js', 'PyTorch']) {
      for (const column of ['FGSM ε = 0.05', 'ε = 0.1']) {
        const cell = rowOf(side, `mixup − baseline, ${framework}`)?.[header.indexOf(column)] ?? '';
        const [mean = NaN, spread = NaN] = cell.split(' ± ').map(Number);
        expect(mean - spread, `${framework}, ${column}: ${cell}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the α sweep as docs/EXPERIMENTS.md measured it', () => {
  it('sweeps the default α values over the small-data preset, with a row per α under the baseline', () => {
    const section = measurementOf(SWEEP_MEASUREMENT_ID);
    if (!section) throw new Error('docs/EXPERIMENTS.md has no alpha-sweep section');
    expect(section.command).toContain(`--preset small-data --seeds 3`);
    expect(section.command).toContain(`--sweep-alpha ${DEFAULT_SWEEP_ALPHAS.join(',')}`);
    const config = presetConfig('small-data');
    for (const field of DOCUMENTED_FIELDS.filter((f) => f !== 'alpha'))
      expect(section.configuration[field], field).toBe(String(config[field]));
    expect(section.tables[0]?.rows.map((row) => row[0])).toEqual([
      'baseline',
      ...DEFAULT_SWEEP_ALPHAS.map((alpha) => `α = ${alpha}`),
    ]);
    // α = 0 is plain training: its row is the baseline's.
    expect(section.tables[0]?.rows[1]?.slice(1)).toEqual(section.tables[0]?.rows[0]?.slice(1));
    expect(section.note.length).toBeGreaterThan(80);
  });
});
