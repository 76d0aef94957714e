/** Messages of the toy namespace: the 2-D panel (the mixup paper's decision-boundary picture). */
export const toy = {
  panel: {
    title: '2-D: the decision boundary',
    intro:
      "The mixup paper's picture of what mixup does, in the plane: the same small network (2 → 32 → 32 → classes, ReLU) trained on the same batches from the same start, once plainly and once with mixup. Colour is each arm's predicted probability over the plane; training points are circles (class 0), squares (class 1) and triangles (class 2), crossed where an arm gets them wrong. The diamonds on the mixup picture are blends from its latest batch, each on the segment between its two training points and coloured by its soft label. Once both are trained, any change retrains them when you let go.",
    failedTitle: 'The 2-D run failed',
    failedHint: 'Change a setting or train again.',
    showPairs: 'Show mixed pairs',
    heldOut: 'Figures on {{formatted}} held-out points from the same distribution, with clean labels.',
    measuredTitle: 'What the measurement shows:',
    measuredDetails: 'The measurement: every data set, baseline and mixup',
  },
  scale: {
    twoClass: 'p(class 1) = 0',
    unsure: 'white: 0.5, unsure',
    class: 'class {{k}}',
    paler: 'paler: less sure, white: an even split',
  },
  progress: {
    name: '2-D training',
    notTrained: 'Not trained yet: press Train both.',
    training: 'Training both arms at α = {{alpha}}: {{step}} of {{steps}} steps',
    error: 'Stopped by an error.',
    trained: 'Trained {{steps}} steps at α = {{alpha}}.',
  },
  controls: {
    alphaName: '2-D mixing α',
    alphaHint: "This panel's own α: the Train tab's α stays as it is.",
    dataset: 'Data set',
    trainSize: 'Training points',
    noise: 'Noise',
    labelNoise: 'Label noise',
    steps: 'Steps',
    seed: 'Seed',
    train: 'Train both',
    reset: 'Reset',
  },
  datasets: {
    moons: 'Two moons',
    circles: 'Circles',
    blobs: 'Overlapping blobs',
    spiral: 'Spiral (3 classes)',
  },
  figure: {
    title: { baseline: 'Baseline (plain training)', mixup: 'Mixup' },
    /** The canvases' accessible names: the e2e tests find them by these English words. */
    name: { baseline: 'Baseline decision boundary', mixup: 'Mixup decision boundary' },
    figures: 'Figures',
    trainAccuracy: 'train acc.',
    testAccuracy: 'test acc.',
    testNll: 'test NLL',
    testEce: 'test ECE',
  },
  slice: {
    title: 'Slice along the dashed line',
    note: ' · p(class {{to}}) from class {{from}} (0) to class {{to}} (1)',
    png: 'slice plot',
    aria: 'p(class) along the slice, both arms',
    axis: 'position along the line',
    figures:
      'Unsure band (0.1 < p < 0.9) along the line: baseline {{baselineBand}}, mixup {{mixupBand}} of the distance between the two classes. Steepest slope: baseline {{baselineSlope}}, mixup {{mixupSlope}}.',
  },
} as const;
