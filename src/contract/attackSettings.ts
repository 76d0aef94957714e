/**
 * The FGSM robustness check's settings, without TF.js: the worker's attack (robustness.ts) and the
 * exported PyTorch script both use them.
 */

/** The attack strengths, as fractions of the pixel range [0, 1]: 0 is the clean accuracy. */
export const FGSM_EPSILONS = [0, 0.05, 0.1, 0.2] as const;
/** How many test digits are attacked: the first of the epoch-end test subset. */
export const ROBUSTNESS_SIZE = 1000;
