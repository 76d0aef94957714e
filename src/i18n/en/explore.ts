/** The Explore panel: what mixup is, how λ is drawn, the blended pairs and the digits. */
export const explore = {
  intro: {
    title: 'What mixup is',
    running: 'A run is training: watch it on the Train tab.',
    quickStart:
      'loads a short experiment on the Train tab: press Start there to train a plain network and a mixup one side by side.',
    lede: 'Mixup trains a network on blends of examples instead of the examples themselves: it takes two training images and lays one over the other, and asks for the same blend of their labels.',
    beta: 'The blend weight λ is drawn afresh from a Beta(α, α) distribution, so a small α keeps most images nearly pure while α = 1 mixes them uniformly. Its authors (Zhang et al., 2018) report better generalisation and calibration on large benchmarks; here you can measure what it does on MNIST.',
    formulaNote:
      "Here x<sub>i</sub> and x<sub>j</sub> are two images of the same batch (x<sub>j</sub> from a random permutation of it), y<sub>i</sub> and y<sub>j</sub> their one-hot labels, and p the network's softmax output for x̃. Tests never mix: the network is evaluated on plain images.",
  },
  formulas: {
    label: 'The mixup formulas',
  },
  tutorial: {
    title: 'What a popular tutorial gets wrong',
    beta: 'It draws λ from Beta(1, α) instead of Beta(α, α). That distribution is lopsided: at α = 0.2, λ > 0.5 in {{share}} of draws, so one image nearly always dominates. Try its preset in the Beta panel below.',
    loss: 'It feeds the blended soft label to <code>nll_loss</code>, which expects one class index per example. The loss must be the cross-entropy against ỹ, which is the same as λ·CE(y<sub>i</sub>) + (1 − λ)·CE(y<sub>j</sub>).',
    flatten:
      "It flattens its CNN's features to 64·28·28 values, but two 3×3 convolutions without padding and a 2×2 max pool leave 64·12·12 = {{size}}: the layer sizes do not fit. Our seed-cnn model uses {{size}}.",
  },
  digits: {
    label: 'MNIST test digits by class',
    caption:
      "The first {{perClass}} of each class among MNIST's {{total}} test images, drawn at their true 28×28 resolution.",
  },
  beta: {
    title: 'How λ is drawn',
    intro:
      'Each blend takes its weight λ from Beta(α, β), and the method sets β = α. As α → 0 it becomes plain training: λ is nearly 0 or 1, so images stay nearly pure. α = 1 makes λ uniform; a large α pushes λ towards 0.5. Try shapes here freely: the Train tab keeps its own α until you choose to use these.',
    alphaName: 'alpha',
    betaName: 'beta',
    asymmetric: 'Asymmetric: separate β',
    noMixing: 'α = 0: no mixing; every λ is 1, the mixup arm trains like the baseline.',
    drawAgain: 'Draw again',
    invalid: '{{name}} = {{value}} cannot be drawn: use a value from {{min}} to {{max}}.',
    invalidAlpha: '{{name}} = {{value}} cannot be drawn: use a value from {{min}} to {{max}}, or 0 for no mixing.',
    training: {
      same: 'The Train tab trains with these shapes.',
      other: 'The Train tab trains with {{shapes}}.',
      running: ' A run is training; its settings can change once it ends.',
      use: 'Use {{shapes}} for training',
    },
    chart: {
      label: 'Density of {{shapes}} for λ from 0 to 1, with a histogram of drawn λ values',
      density: 'density',
      curve: 'exact density of {{shapes}}',
      bars: 'histogram of the λs drawn.',
      unboundedOne: ' A shape below 1 makes the density infinite at λ = {{end}}, so the curve stops just short of it.',
      unboundedOneClipped:
        ' A shape below 1 makes the density infinite at λ = {{end}}, so the curve stops just short of it and is cut off at the top.',
      unboundedBoth:
        ' A shape below 1 makes the density infinite at λ = {{first}} and λ = {{second}}, so the curve stops just short of them.',
      unboundedBothClipped:
        ' A shape below 1 makes the density infinite at λ = {{first}} and λ = {{second}}, so the curve stops just short of them and is cut off at the top.',
    },
    readout: {
      exact: 'Exact:',
      sampled: 'Of {{draws}} draws:',
      mean: 'mean {{value}}',
      sd: 'sd {{value}}',
      aboveHalf: 'λ > 0.5 in {{share}}',
    },
    presets: {
      title: 'Presets for α',
      nearlyPlain: 'Close to plain training: 4 in 5 blends are over 90% one image.',
      imageNet: "Used in the paper's ImageNet runs: mostly near-pure images, a few real blends.",
      half: 'About half the blends are over 90% one image.',
      uniform: 'λ is uniform on [0, 1]: every blend is equally likely.',
      leans: 'λ leans towards 0.5: only 1 in 18 blends is over 90% one image.',
      middle: 'λ stays near 0.5: most images are close to half-and-half blends, and training can underfit.',
      mistake: "Beta(1, α) — the tutorial's mistake",
      mistakeNote:
        'Wrong: the paper draws λ ~ Beta(α, α), symmetric, so x<sub>i</sub> and x<sub>j</sub> play the same part. Beta(1, α) is lopsided: for α < 1, λ > 0.5 most of the time and the first image usually dominates.',
    },
  },
  blend: {
    title: 'Blended samples',
    resample: 'Resample',
    intro:
      'A batch of {{size}} random test digits, each mixed with its partner in a random permutation of the batch, exactly as one training step mixes. {{draw}}.',
    cutmix: ' CutMix pastes a box of <xj/> into <xi/>, so the λ shown is the share of pixels left to <xi/>.',
    refused: 'These settings cannot be drawn: {{reason}}',
    mixingOff: 'α = 0 switches mixing off: every λ is 1, so x̃ = <xi/> and each digit is its own partner.',
    pairs: 'Blended pairs',
    drawPerBatch: 'λ ~ Beta({{shapes}}), one draw for the whole batch',
    drawPerExample: 'λ ~ Beta({{shapes}}), one draw per example',
    legend: {
      shareI: 'share of <yi/> (λ)',
      shareJ: 'share of <yj/> (1 − λ)',
      box: 'box: pixels from <xj/>',
    },
    controls: {
      mixing: 'Mixing',
      lambdaPer: 'One λ per',
      shared: 'These choices are also the Train tab’s: a run mixes the same way.',
    },
    formula: {
      noBox: ', no box',
      box: ', with <xj/> in the {{width}}×{{height}} box',
    },
    card: {
      title: 'Pair {{number}}',
      xi: 'Pair {{number}}, x i: test image {{index}}, a {{digit}}',
      xj: 'Pair {{number}}, x j: test image {{index}}, a {{digit}}',
      mixed: 'Pair {{number}}, the blend x̃ at λ = {{lambda}}',
      self: 'The permutation left this digit in place, so <xj/> = <xi/>.',
      scrub: 'Scrub pair {{number}}',
    },
    scrubber: {
      title: 'λ scrubber: pair {{number}} (<xi/>: {{labelI}}, <xj/>: {{labelJ}})',
      mixed: 'The blend x̃ of pair {{number}} at λ = {{lambda}}',
      slider: 'λ for the chosen pair',
      allJ: '0: all <xj/>',
      allI: '1: all <xi/>',
      cutmixHint: ' — the share of pixels left to <xi/>, as near the slider as a whole-pixel box allows',
      path: 'The whole path, from <xj/> at λ = 0 to <xi/> at λ = 1:',
      film: 'Pair {{number}} blended at λ = 0, 0.1, … 1',
    },
    softLabel: {
      label: 'soft label: {{shares}}',
      share: '{{digit}} at {{share}}',
      separator: ', ',
    },
  },
} as const;
