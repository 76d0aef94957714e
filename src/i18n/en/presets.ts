/** Messages of the presets namespace. */
export const presets = {
  /** A preset's name, on its button and wherever a run made from it is named. */
  title: {
    'quick-demo': 'Quick demo',
    'small-data': 'Small data',
    'noisy-labels': 'Noisy labels',
    calibration: 'Calibration',
    'too-much-alpha': 'Too much α',
    'full-mnist': 'Full MNIST',
  },
} as const;
