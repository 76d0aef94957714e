import { useDeferredValue, useMemo } from 'react';
import { gapsOf, lookUpSpread, presetOf } from '../../state/gapSpread';
import { summariseRun } from '../../state/runSummary';
import { useTrainingStore } from '../../state/trainingStore';
import { runVerdict, spreadRule } from '../../state/verdict';
import { ARMS } from '../../engine/protocol';
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
  const when = result ? `at the end of the run (epoch ${final.epoch})` : `after epoch ${final.epoch}, still training`;
  const robustness = result?.robustness && <RobustnessResults robustness={result.robustness} spread={spread} />;
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      {verdict && <RunVerdict verdict={verdict} />}
      <ResultsTable rows={rows} caption={`Measured on ${testSize.toLocaleString('en')} test digits ${when}`} />
      <p className="section-note" data-testid="spread-rule">
        {spreadRule(lookup)} Higher accuracy is better, lower NLL and ECE. Train accuracy, the best epoch and the
        generalisation gap (train − test) are not judged: no spread between seeds is measured for them.
      </p>
      <details className="what-is">
        <summary>What are NLL and ECE?</summary>
        <p>
          <strong>NLL</strong> (negative log-likelihood) is the average of −log p, where p is the probability the model
          gave the right digit: 0 for a certain, right answer, large for a confident mistake. Lower is better.
        </p>
        <p>
          <strong>ECE</strong> (expected calibration error) sorts the digits into 15 bins by the model&apos;s confidence
          and averages, weighted by the bins&apos; sizes, how far each bin&apos;s accuracy is from its confidence: 0
          when a 90% confident answer is right 90% of the time. Lower is better.
        </p>
      </details>
      {verdict?.robustnessStrongest && robustness}
      <h3 className="subhead">Calibration: is a 90% confident answer right 90% of the time?</h3>
      <div className="reliability-pair">
        {ARMS.map((arm) => (
          <ReliabilityDiagram key={arm} arm={arm} bins={final[arm].reliability} ece={final[arm].ece} />
        ))}
      </div>
      <p className="section-note">
        Bars are the accuracy of the test digits in each confidence bin; the dashed diagonal is perfect calibration.
        Bars below it are overconfident: right less often than they claim. Bars above it are underconfident: right more
        often than they claim, as mixup&apos;s blended labels tend to make a model. Empty bins are left blank.
      </p>
      {!verdict?.robustnessStrongest && robustness}
      <EpochTable />
      <RunExport />
    </section>
  );
}
