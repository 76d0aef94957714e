import { t } from '../../../i18n/i18n';

/** One class of the soft label ỹ, split by where its weight comes from. */
export interface ClassShare {
  digit: number;
  /** λ if this is y_i's class, else 0. */
  fromI: number;
  /** 1 − λ if this is y_j's class, else 0. */
  fromJ: number;
}

/** ỹ = λ·y_i + (1 − λ)·y_j for one-hot labels; a class that is both y_i and y_j gets both shares. */
export function softLabel(labelI: number, labelJ: number, lambda: number, numClasses = 10): ClassShare[] {
  return Array.from({ length: numClasses }, (_, digit) => ({
    digit,
    fromI: digit === labelI ? lambda : 0,
    fromJ: digit === labelJ ? 1 - lambda : 0,
  }));
}

/**
 * λ and 1 − λ to two decimals. The second is taken from the rounded first so the pair always adds
 * up to 1.00 on screen: rounding each alone shows 0.88 and 0.13 for λ = 0.875.
 */
export function shareTexts(lambda: number): [string, string] {
  const hundredths = Math.round(lambda * 100);
  return [(hundredths / 100).toFixed(2), ((100 - hundredths) / 100).toFixed(2)];
}

const shareText = (digit: number, share: string): string => t('explore:blend.softLabel.share', { digit, share });

/** The chart's text alternative, largest share first, e.g. "soft label: 7 at 0.62, 1 at 0.38". */
export function describeSoftLabel(labelI: number, labelJ: number, lambda: number): string {
  if (labelI === labelJ) return t('explore:blend.softLabel.label', { shares: shareText(labelI, '1.00') });
  const [own, other] = shareTexts(lambda);
  const shares = [
    { digit: labelI, text: own },
    { digit: labelJ, text: other },
  ].filter((share) => share.text !== '0.00');
  shares.sort((a, b) => Number(b.text) - Number(a.text));
  const separator = t('explore:blend.softLabel.separator');
  return t('explore:blend.softLabel.label', {
    shares: shares.map((share) => shareText(share.digit, share.text)).join(separator),
  });
}
