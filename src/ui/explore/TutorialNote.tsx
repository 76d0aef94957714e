import { Trans, useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/i18n';

/**
 * The three mistakes of the tutorial this project answers, each with its consequence. The 87% is
 * exact: Beta(1, b) has CDF 1 − (1 − x)^b, so P(λ > ½) = ½^0.2 ≈ 0.871.
 */
export function TutorialNote() {
  const { t } = useTranslation('explore');
  const size = formatNumber(64 * 12 * 12);
  return (
    <aside className="tutorial-note" aria-labelledby="tutorial-note-title">
      <h3 id="tutorial-note-title">{t('tutorial.title')}</h3>
      <ul>
        <li>{t('tutorial.beta', { share: formatPercent(0.5 ** 0.2, 0) })}</li>
        <li>
          <Trans t={t} i18nKey="tutorial.loss" components={{ code: <code />, sub: <sub /> }} />
        </li>
        <li>{t('tutorial.flatten', { size })}</li>
      </ul>
    </aside>
  );
}
