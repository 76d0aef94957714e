import { ARMS, type ArmName } from '../../contract/protocol';
import { t } from '../../i18n/i18n';

/**
 * For SVG attributes and recharts props, which cannot read CSS variables; equal to --baseline and --mixup in
 * styles.css.
 */
export const ARM_COLOURS: Readonly<Record<ArmName, string>> = { baseline: '#2563eb', mixup: '#c2410c' };

/** The arms' names, read in the page's language each time (getters, so a language change shows at the next render). */
export const ARM_LABELS: Readonly<Record<ArmName, string>> = {
  get baseline() {
    return t('train:arms.baseline');
  },
  get mixup() {
    return t('train:arms.mixup');
  },
};

/** The two arms as an exported chart's legend; each label is read when the legend is drawn. */
export const ARM_LEGEND = ARMS.map((arm) => ({
  get label() {
    return ARM_LABELS[arm];
  },
  colour: ARM_COLOURS[arm],
}));
