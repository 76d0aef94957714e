/** The pure maths of Mixup Playground: randomness, Beta sampling, mixing and metrics. */

export type { Rng } from './rng';
export { createRng, permutation, randomInt, standardNormal } from './rng';
export { sampleLogGamma } from './gamma';
export { betaMean, betaPdf, betaVariance, logBeta, logGamma, sampleBeta } from './beta';
export { densityHistogram, type DensityHistogram } from './histogram';
export { oneHot, smoothLabels } from './labels';
export type { Box } from './cutmix';
export { boxArea, cutmixBox, lambdaFromBox, pasteBoxes } from './cutmix';
export { mixRows } from './mixRows';
export type { LambdaPer, MixMode, MixOptions, ResolvedMixOptions } from './mixOptions';
export { MAX_SHAPE, MIN_SHAPE, resolveMixOptions } from './mixOptions';
export type { MixPlan, MixResult } from './mix';
export { drawMixPlan, mixBatch } from './mix';
export type { Predictions, ReliabilityBin } from './metrics';
export {
  NLL_PROBABILITY_FLOOR,
  accuracy,
  expectedCalibrationError,
  meanNll,
  reliabilityBins,
  topPredictions,
} from './metrics';
