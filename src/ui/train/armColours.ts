import { ARMS, type ArmName } from '../../engine/protocol';

/**
 * For SVG attributes and recharts props, which cannot read CSS variables; equal to --baseline and --mixup in
 * styles.css.
 */
export const ARM_COLOURS: Readonly<Record<ArmName, string>> = { baseline: '#2563eb', mixup: '#c2410c' };

export const ARM_LABELS: Readonly<Record<ArmName, string>> = { baseline: 'Baseline', mixup: 'Mixup' };

/** The two arms as an exported chart's legend. */
export const ARM_LEGEND = ARMS.map((arm) => ({ label: ARM_LABELS[arm], colour: ARM_COLOURS[arm] }));
