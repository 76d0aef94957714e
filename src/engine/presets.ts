/**
 * One-click experiments, each a complete configuration and what to watch in it. Every sentence of
 * `watch` describes what `npm run experiment -- --preset ID --seeds 3` measured (docs/EXPERIMENTS.md,
 * whose figures `measured` repeats; a test keeps the two equal). Plain data, no TF.js.
 */
import { DEFAULT_CONFIG, validateConfig, type TrainConfig } from './config';

export const PRESET_IDS = ['small-data', 'noisy-labels', 'calibration', 'too-much-alpha', 'full-mnist'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Final test accuracy (%) and ECE, mean ± std over three seeds, as docs/EXPERIMENTS.md records them. */
export interface MeasuredArm {
  accuracy: string;
  ece: string;
}

export interface Preset {
  id: PresetId;
  title: string;
  /** The fields that differ from DEFAULT_CONFIG. */
  overrides: Partial<TrainConfig>;
  watch: string;
  measured: { baseline: MeasuredArm; mixup: MeasuredArm };
}

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  'small-data': {
    id: 'small-data',
    title: 'Small data',
    overrides: { model: 'tiny', trainSize: 1000, epochs: 40, alpha: 0.4 },
    watch:
      '1,000 training digits for 40 epochs on the tiny model, α = 0.4. The baseline fits its training digits perfectly (100% train accuracy) and mixup nearly so (99.6%). On the test set mixup ends 0.35 ± 0.56 points ahead over 3 seeds: inside the seed-to-seed spread, so on this model it is no clear win. Its calibration error is higher (0.068 against 0.025), and under the FGSM attack it holds up worse. Compare a few seeds before drawing a conclusion.',
    measured: { baseline: { accuracy: '94.25 ± 0.34', ece: '0.0254 ± 0.0032' }, mixup: { accuracy: '94.60 ± 0.47', ece: '0.0679 ± 0.0029' } },
  },
  'noisy-labels': {
    id: 'noisy-labels',
    title: 'Noisy labels',
    overrides: { model: 'tiny', trainSize: 10000, labelNoise: 0.4, epochs: 20, alpha: 1, evalEvery: 50 },
    watch:
      "10,000 training digits with 40% of their labels replaced by wrong ones, 20 epochs, α = 1. Watch the baseline's test curve: it peaks (95.3% at best) and then falls as it learns the wrong labels, ending at 92.8%. Mixup holds up and ends at 94.8%, 2.0 ± 0.6 points ahead over 3 seeds, as the paper reports for corrupted labels. Both answer with far less confidence than their accuracy earns here (ECE 0.38 and 0.39), having been trained on labels that are wrong 40% of the time.",
    measured: { baseline: { accuracy: '92.79 ± 0.48', ece: '0.3806 ± 0.0121' }, mixup: { accuracy: '94.76 ± 0.27', ece: '0.3923 ± 0.0075' } },
  },
  calibration: {
    id: 'calibration',
    title: 'Calibration',
    overrides: { model: 'tiny', trainSize: 10000, epochs: 10, alpha: 0.4, evalEvery: 50 },
    watch:
      "10,000 training digits, 10 epochs, α = 0.4. Both arms end at the same test accuracy (97.3%), so the reliability diagrams differ by calibration alone. The paper reports better calibration with mixup; here it is the other way round: over 3 seeds mixup's calibration error is about ten times the baseline's (0.057 against 0.005), because it is right more often than its confidence says (underconfident), as training on blended targets tends to make it. Compare the two diagrams after the run.",
    measured: { baseline: { accuracy: '97.34 ± 0.10', ece: '0.0052 ± 0.0012' }, mixup: { accuracy: '97.34 ± 0.31', ece: '0.0572 ± 0.0046' } },
  },
  'too-much-alpha': {
    id: 'too-much-alpha',
    title: 'Too much α',
    overrides: { model: 'tiny', trainSize: 10000, epochs: 5, alpha: 8, evalEvery: 50 },
    watch:
      'α = 8 draws λ close to ½ almost every time, so nearly every training image is an even blend of two digits. On the tiny model over 5 epochs that underfits: mixup ends 1.4 ± 0.3 points below the baseline (95.6% against 97.0%), its training accuracy is lower too (95.5% against 97.9%), and its calibration error is higher. Run α = 0.2 or 0.4 beside it to see the difference.',
    measured: { baseline: { accuracy: '97.00 ± 0.13', ece: '0.0060 ± 0.0023' }, mixup: { accuracy: '95.62 ± 0.40', ece: '0.0677 ± 0.0049' } },
  },
  'full-mnist': {
    id: 'full-mnist',
    title: 'Full MNIST',
    overrides: { model: 'tiny', trainSize: 54000, epochs: 3, alpha: 0.2, evalEvery: 100 },
    watch:
      "54,000 training digits (the largest class-balanced subset of the 60,000), 3 epochs, α = 0.2. With data this plentiful the two arms end close together: mixup 98.22 ± 0.05% against the baseline's 98.02 ± 0.66%, a gap of 0.20 ± 0.64 points, well inside the spread over 3 seeds. Mixup's calibration error is higher (0.042 against 0.002) and it gives way sooner under the FGSM attack. On clean, plentiful MNIST, mixup buys little with this model.",
    measured: { baseline: { accuracy: '98.02 ± 0.66', ece: '0.0023 ± 0.0005' }, mixup: { accuracy: '98.22 ± 0.05', ece: '0.0417 ± 0.0025' } },
  },
};

/** A preset's whole configuration: DEFAULT_CONFIG with its overrides, checked like any other input. */
export function presetConfig(id: PresetId): TrainConfig {
  return validateConfig({ ...DEFAULT_CONFIG, ...PRESETS[id].overrides });
}
