import { useTranslation } from 'react-i18next';
import { Tex } from './Tex';

/** The method exactly as the paper states it: a symmetric Beta, a shared λ, cross-entropy against the blend. */
const FORMULAS = [
  String.raw`\lambda \sim \mathrm{Beta}(\alpha, \alpha)`,
  String.raw`\tilde{x} = \lambda\, x_i + (1 - \lambda)\, x_j`,
  String.raw`\tilde{y} = \lambda\, y_i + (1 - \lambda)\, y_j`,
  // Two lines, so the identity fits a phone without scrolling.
  String.raw`\begin{aligned} \mathcal{L} &= \mathrm{CE}(\tilde{y}, p) \\ &= \lambda\, \mathrm{CE}(y_i, p) + (1 - \lambda)\, \mathrm{CE}(y_j, p) \end{aligned}`,
];

export function MixupFormulas() {
  const { t } = useTranslation('explore');
  return (
    <div className="formulas" aria-label={t('formulas.label')}>
      {FORMULAS.map((source) => (
        <Tex key={source} source={source} />
      ))}
    </div>
  );
}
