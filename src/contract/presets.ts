/**
 * One-click experiments, each a complete configuration. What to watch in each, and what
 * `npm run experiment -- --preset ID --seeds 3` measured, is written once, in docs/EXPERIMENTS.md,
 * which the page shows beside the preset (views/measuredPresets.ts). Plain data, no TF.js.
 */
import { t } from '../i18n/i18n';
import { DEFAULT_CONFIG, validateConfig, type TrainConfig } from './config';

export const PRESET_IDS = [
  'quick-demo',
  'small-data',
  'noisy-labels',
  'calibration',
  'too-much-alpha',
  'full-mnist',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  /** In the page's language, read when shown (a getter); English in the Node scripts. */
  readonly title: string;
  /** The fields that differ from DEFAULT_CONFIG. */
  overrides: Partial<TrainConfig>;
}

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  // The noisy-labels story in a classroom's two minutes: fewer digits, more of them mislabelled, so the
  // baseline starts learning the wrong labels within ten epochs.
  'quick-demo': {
    id: 'quick-demo',
    get title() {
      return t('presets:title.quick-demo');
    },
    overrides: { model: 'tiny', trainSize: 3000, labelNoise: 0.6, epochs: 10, alpha: 1, evalEvery: 50 },
  },
  'small-data': {
    id: 'small-data',
    get title() {
      return t('presets:title.small-data');
    },
    overrides: { model: 'tiny', trainSize: 1000, epochs: 40, alpha: 0.4 },
  },
  'noisy-labels': {
    id: 'noisy-labels',
    get title() {
      return t('presets:title.noisy-labels');
    },
    overrides: { model: 'tiny', trainSize: 10000, labelNoise: 0.4, epochs: 20, alpha: 1, evalEvery: 50 },
  },
  calibration: {
    id: 'calibration',
    get title() {
      return t('presets:title.calibration');
    },
    overrides: { model: 'tiny', trainSize: 10000, epochs: 10, alpha: 0.4, evalEvery: 50 },
  },
  'too-much-alpha': {
    id: 'too-much-alpha',
    get title() {
      return t('presets:title.too-much-alpha');
    },
    overrides: { model: 'tiny', trainSize: 10000, epochs: 5, alpha: 8, evalEvery: 50 },
  },
  'full-mnist': {
    id: 'full-mnist',
    get title() {
      return t('presets:title.full-mnist');
    },
    overrides: { model: 'tiny', trainSize: 54000, epochs: 3, alpha: 0.2, evalEvery: 100 },
  },
};

/** A preset's whole configuration: DEFAULT_CONFIG with its overrides, checked like any other input. */
export function presetConfig(id: PresetId): TrainConfig {
  return validateConfig({ ...DEFAULT_CONFIG, ...PRESETS[id].overrides });
}
