import type { ArmName } from '../../engine/trainer';

/**
 * The arms in the order every chart, table and card lists them. engine/trainer's ARMS is not imported
 * as a value: that module loads TF.js, which must stay out of the page's bundle.
 */
export const ARM_ORDER: readonly ArmName[] = ['baseline', 'mixup'];

/** For SVG attributes and recharts props, which cannot read CSS variables; equal to --baseline and --mixup in styles.css. */
export const ARM_COLOURS: Readonly<Record<ArmName, string>> = { baseline: '#2563eb', mixup: '#c2410c' };

export const ARM_LABELS: Readonly<Record<ArmName, string>> = { baseline: 'Baseline', mixup: 'Mixup' };
