import { useDeferredValue, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18n';
import { gapsOf, lookUpSpread, presetOf } from '../../views/gapSpread';
import { summariseRun } from '../../views/runSummary';
import { useTrainingStore } from '../../state/trainingStore';
import { runVerdict, spreadRule } from './verdict';
import { ARMS } from '../../contract/protocol';
import { EpochTable } from './EpochTable';
import { ReliabilityDiagram } from './ReliabilityDiagram';
import { ResultsTable } from './ResultsTable';
import { RobustnessResults } from './RobustnessResults';
import { RunExport } from './RunExport';
import { RunVerdict } from './RunVerdict';

/**
 * The comparison at the end of the run (or of its latest epoch while it trains): a verdict in words once it has
 * finished, the table judged against the seed-to-seed spread, both arms' calibration and robustness.
 */
export function RunResults() {
  const { t } = useTranslation('train');
  // Deferred, like the predictions, so an epoch's end is drawn in slices rather than one long task.
  const epochs = useDeferredValue(useTrainingStore((s) => s.run.epochs));
  const result = useDeferredValue(useTrainingStore((s) => s.run.result));
  const config = useTrainingStore((s) => s.run.config);
  const testSize = config?.testSize ?? 0;
  // The run's own configuration, not the draft's preset: a preset edited before Start is a custom setup.
  const lookup = useMemo(() => {
    const preset = config && presetOf(config);
    return lookUpSpread(preset ? { kind: 'preset', id: preset } : { kind: 'none' });
  }, [config]);
  const spread = lookup.kind === 'known' ? lookup.spread : null;
  const rows = useMemo(() => summariseRun(epochs, result, spread), [epochs, result, spread]);
  // The spread was measured on whole runs, so a stopped one gets no verdict.
  const verdict = useMemo(
    () => (result?.final && !result.stopped ? runVerdict(gapsOf(result.final, result.robustness), lookup) : null),
    [result, lookup],
  );
  const final = result?.final ?? epochs.at(-1);
  if (!rows || !final) return null;
  const when = result ? t('results.atEnd', { epoch: final.epoch }) : t('results.stillTraining', { epoch: final.epoch });
  const robustness = result?.robustness && <RobustnessResults robustness={result.robustness} spread={spread} />;
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      {verdict && <RunVerdict verdict={verdict} />}
      <ResultsTable rows={rows} caption={t('results.caption', { size: formatNumber(testSize), when })} />
      <p className="section-note" data-testid="spread-rule">
        {spreadRule(lookup)} {t('results.notJudged')}
      </p>
      <details className="what-is">
        <summary>{t('results.whatIs')}</summary>
        <p>
          <Trans t={t} i18nKey="results.nll" components={[<strong key="nll" />]} />
        </p>
        <p>
          <Trans t={t} i18nKey="results.ece" components={[<strong key="ece" />]} />
        </p>
      </details>
      {verdict?.robustnessStrongest && robustness}
      <h3 className="subhead">{t('results.calibration')}</h3>
      <div className="reliability-pair">
        {ARMS.map((arm) => (
          <ReliabilityDiagram key={arm} arm={arm} bins={final[arm].reliability} ece={final[arm].ece} />
        ))}
      </div>
      <p className="section-note">{t('results.calibrationNote')}</p>
      {!verdict?.robustnessStrongest && robustness}
      <EpochTable />
      <RunExport />
    </section>
  );
}
