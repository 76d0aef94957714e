import { useTranslation } from 'react-i18next';
import type { RunRobustness } from '../../contract/reports';
import type { Spread } from '../../views/gapSpread';
import { formatNumber } from '../../i18n/i18n';
import { robustnessRows } from './robustnessRows';
import { ResultsTable } from './ResultsTable';

/** Both arms' accuracy under the FGSM attack of the mixup paper's robustness section, after a finished run. */
export function RobustnessResults({ robustness, spread }: { robustness: RunRobustness; spread: Spread | null }) {
  const { t } = useTranslation('train');
  return (
    <>
      <h3 className="subhead">{t('robustness.title')}</h3>
      <ResultsTable
        rows={robustnessRows(robustness, spread)}
        heading={t('robustness.heading')}
        testId="robustness-table"
        caption={t('robustness.caption', { size: formatNumber(robustness.size) })}
      />
      <p className="section-note">{t('robustness.note')}</p>
    </>
  );
}
