import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bestAlpha, summariseSweep } from '../../storage/sweepSummary';
import { SWEEP_METRIC_SPECS, sweepAxis } from '../../views/sweepRows';
import { useSweepStore } from '../../state/sweepStore';
import { sweepVerdict } from '../../views/sweepVerdict';
import { ARM_COLOURS } from '../train/armColours';
import { SweepChart } from './SweepChart';
import { SweepExport } from './SweepExport';
import { SweepTable } from './SweepTable';

/** Far enough apart that each chart's mount is a task of its own. */
const CHART_MOUNT_STAGGER_MS = 50;

function SweepLegend() {
  const { t } = useTranslation('sweep');
  return (
    <ul className="arm-legend" aria-label={t('results.legend')}>
      <li>
        <span className="arm-swatch" style={{ background: ARM_COLOURS.mixup }} aria-hidden="true" />
        {t('results.mixupPerAlpha')}
      </li>
      <li>
        <span className="arm-swatch sweep-dashed" style={{ color: ARM_COLOURS.baseline }} aria-hidden="true" />
        {t('results.baseline')}
      </li>
    </ul>
  );
}

/** Final accuracy, NLL and ECE against α, and the table behind them; points appear as each α finishes. */
export function SweepResults() {
  const { t } = useTranslation('sweep');
  const alphas = useSweepStore((s) => s.alphas);
  const records = useSweepStore((s) => s.records);
  const summary = useMemo(() => summariseSweep(records, alphas), [records, alphas]);
  const axis = useMemo(() => sweepAxis(alphas), [alphas]);
  const verdict = useMemo(() => sweepVerdict(bestAlpha(records)), [records]);
  const seeds = Math.max(0, ...summary.points.map((p) => p.seeds));
  return (
    <section className="curves sweep-results" aria-labelledby="sweep-results-title">
      <div className="section-head">
        <h2 id="sweep-results-title">{t('results.title')}</h2>
        <SweepLegend />
      </div>
      <p className="section-note">
        {records.length === 0
          ? t('results.empty')
          : [
              t('results.pointIs'),
              seeds > 1 ? t('results.withBars') : '',
              t('results.baselineLine'),
              summary.baseline && summary.baseline.seeds > 1 ? t('results.withBand') : '',
              t('results.alphaZero'),
            ].join('')}
      </p>
      {verdict && (
        <p className="sweep-verdict" data-testid="sweep-verdict">
          {verdict}
        </p>
      )}
      <div className="curve-grid sweep-grid">
        {SWEEP_METRIC_SPECS.map((spec, index) => (
          <SweepChart
            key={spec.metric}
            spec={spec}
            summary={summary}
            axis={axis}
            mountDelayMs={index * CHART_MOUNT_STAGGER_MS}
          />
        ))}
      </div>
      <SweepTable summary={summary} />
      <SweepExport />
    </section>
  );
}
