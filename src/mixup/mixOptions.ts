/**
 * The knobs of one mixing step and their checks. Options may be parsed from a URL, so every field
 * is checked at run time, including the string unions.
 */

import { requirePositiveInteger } from './validation';

export const MIX_MODES = ['mixup', 'cutmix'] as const;
export const LAMBDA_PERS = ['batch', 'example'] as const;
export type MixMode = (typeof MIX_MODES)[number];
export type LambdaPer = (typeof LAMBDA_PERS)[number];

/** The range of Beta shapes the app allows; 0 switches mixing off. */
export const MIN_SHAPE = 0.01;
export const MAX_SHAPE = 100;

export interface MixOptions {
  /** First Beta shape α; 0 means no mixing. Otherwise in [0.01, 100]. */
  alpha: number;
  /** Second Beta shape β; defaults to α (the symmetric Beta(α, α) of the paper). */
  beta?: number;
  mode: MixMode;
  /** One λ for the whole batch ('batch', as in the paper) or one per example. */
  lambdaPer: LambdaPer;
  /** Label smoothing ε in [0, 1), applied to the one-hot targets before mixing. Default 0. */
  labelSmoothing?: number;
  /** Default 10 (MNIST digits). */
  numClasses?: number;
  /** Image height in pixels; default 28. */
  height?: number;
  /** Image width in pixels; default 28. */
  width?: number;
}

/** MixOptions with every default filled in and every field checked. */
export type ResolvedMixOptions = Required<MixOptions>;

function requireShapeOrZero(name: string, value: number): void {
  const allowed = value === 0 || (value >= MIN_SHAPE && value <= MAX_SHAPE);
  if (typeof value !== 'number' || !allowed) {
    throw new Error(`${name} must be 0 (no mixing) or a number in [${MIN_SHAPE}, ${MAX_SHAPE}], got ${String(value)}`);
  }
}

function requireOneOf<T extends string>(name: string, value: T, allowed: readonly T[]): void {
  if (!allowed.includes(value)) {
    const choices = allowed.map((choice) => `'${choice}'`).join(', ');
    throw new Error(`${name} must be one of ${choices}, got ${JSON.stringify(value)}`);
  }
}

/**
 * Checks every field and fills in the defaults.
 *
 * @throws Error naming the field and its allowed values for anything out of range.
 */
export function resolveMixOptions(options: MixOptions): ResolvedMixOptions {
  const resolved: ResolvedMixOptions = {
    alpha: options.alpha,
    beta: options.beta ?? options.alpha,
    mode: options.mode,
    lambdaPer: options.lambdaPer,
    labelSmoothing: options.labelSmoothing ?? 0,
    numClasses: options.numClasses ?? 10,
    height: options.height ?? 28,
    width: options.width ?? 28,
  };
  requireShapeOrZero('alpha', resolved.alpha);
  requireShapeOrZero('beta', resolved.beta);
  if (resolved.alpha > 0 && resolved.beta === 0) {
    throw new Error(`beta may be 0 only when alpha is 0 (no mixing), got alpha ${resolved.alpha}`);
  }
  requireOneOf('mode', resolved.mode, MIX_MODES);
  requireOneOf('lambdaPer', resolved.lambdaPer, LAMBDA_PERS);
  const epsilon = resolved.labelSmoothing;
  if (!(typeof epsilon === 'number' && epsilon >= 0 && epsilon < 1)) {
    throw new Error(`labelSmoothing must be a number in [0, 1), got ${String(epsilon)}`);
  }
  requirePositiveInteger('numClasses', resolved.numClasses);
  requirePositiveInteger('height', resolved.height);
  requirePositiveInteger('width', resolved.width);
  return resolved;
}
