/** Messages of the config namespace. */
export const config = {
  /** Each setting's label and help (its title), and what a special value (0, empty) means. */
  fields: {
    model: {
      label: 'Model',
      help: 'tiny: two small convolutions, fast; seed-cnn: two 3×3 convolutions and a 128-unit dense layer, 1.2M weights',
    },
    trainSize: {
      label: 'Training examples',
      help: 'class-balanced subset of the 60,000',
    },
    labelNoise: {
      label: 'Label noise',
      help: 'fraction of training labels made wrong',
    },
    epochs: {
      label: 'Epochs',
      help: 'passes over the training subset',
    },
    batchSize: {
      label: 'Batch size',
      help: 'at most the training size; the last partial batch is dropped',
    },
    learningRate: {
      label: 'Learning rate',
      help: 'step size of the optimizer',
    },
    optimizer: {
      label: 'Optimizer',
      help: 'Adam, or SGD with momentum 0.9',
    },
    weightDecay: {
      label: 'Weight decay',
      help: 'L2 penalty wd/2·‖W‖² on the kernels',
    },
    alpha: {
      zeroMeans: 'no mixing',
      label: 'α',
      help: 'λ ~ Beta(α, β); small α keeps λ near 0 or 1',
    },
    beta: {
      nullMeans: 'same as alpha',
      label: 'β',
      help: 'second Beta shape; the paper uses β = α',
    },
    mixMode: {
      label: 'Mixing',
      help: 'blend whole images, or paste a box',
    },
    lambdaPer: {
      label: 'λ drawn per',
      help: 'one λ per batch (the paper) or per example',
    },
    seed: {
      label: 'Seed',
      help: 'fixes the subset, noise, initial weights, order and mixing',
    },
    evalEvery: {
      label: 'Evaluate every',
      help: 'steps between quick evaluations',
    },
    quickEvalSize: {
      label: 'Quick-eval size',
      help: 'fixed test subset for the live curves',
    },
    testSize: {
      label: 'Test examples',
      help: 'test digits of the epoch-end evaluation; 10,000 is the whole test set',
    },
    trainEvalSize: {
      label: 'Train-eval size',
      help: 'fixed clean training subset for train accuracy, capped at the training size',
    },
  },
  /** A choice's options that are words, not names. */
  options: {
    lambdaPer: { batch: 'batch', example: 'example' },
  },
  /** The allowed values in words (describeRange). */
  range: {
    oneOf: 'one of {{options}}',
    integer: 'an integer from {{min}} to {{max}}',
    number: 'a number from {{min}} to {{max}}',
    orZero: '0 ({{meaning}}) or {{range}}',
    orNull: 'null ({{meaning}}) or {{range}}',
  },
  /** ConfigError messages: the field, the bad value and what is allowed. */
  errors: {
    notObject: 'a training config must be an object, got {{value}}',
    unknownField: "unknown config field '{{key}}'; the fields are {{fields}}",
    outOfRange: '{{field}} must be {{range}}, got {{value}}',
    batchOverTrainSize:
      'batchSize must be at most trainSize ({{trainSize}}) so that an epoch has a full batch, got {{batchSize}}',
  },
} as const;
