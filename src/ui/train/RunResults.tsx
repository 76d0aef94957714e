import { useDeferredValue, useMemo } from 'react';
import { summariseRun } from '../../state/runSummary';
import { useTrainingStore } from '../../state/trainingStore';
import { ARMS } from '../../engine/protocol';
import { EpochTable } from './EpochTable';
import { ReliabilityDiagram } from './ReliabilityDiagram';
import { ResultsTable } from './ResultsTable';
import { RobustnessResults } from './RobustnessResults';
import { RunExport } from './RunExport';

/** The comparison at the end of the run (or of its latest epoch while it trains), with both arms' calibration. */
export function RunResults() {
  // Deferred, like the predictions, so an epoch's end is drawn in slices rather than one long task.
  const epochs = useDeferredValue(useTrainingStore((s) => s.run.epochs));
  const result = useDeferredValue(useTrainingStore((s) => s.run.result));
  const testSize = useTrainingStore((s) => s.run.config?.testSize ?? 0);
  const rows = useMemo(() => summariseRun(epochs, result), [epochs, result]);
  const final = result?.final ?? epochs.at(-1);
  if (!rows || !final) return null;
  const when = result ? `at the end of the run (epoch ${final.epoch})` : `after epoch ${final.epoch}, still training`;
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      <ResultsTable rows={rows} caption={`Measured on ${testSize.toLocaleString('en')} test digits ${when}`} />
      <p className="section-note">
        ▲ marks the better arm: higher accuracy, lower NLL, ECE and gap. Train accuracy has no winner: fitting the
        training set more closely is not the aim, and the gap says how much of it carried over to the test digits.
      </p>
      <h3 className="subhead">Calibration: is a 90% confident answer right 90% of the time?</h3>
      <div className="reliability-pair">
        {ARMS.map((arm) => (
          <ReliabilityDiagram key={arm} arm={arm} bins={final[arm].reliability} ece={final[arm].ece} />
        ))}
      </div>
      <p className="section-note">
        Bars are the accuracy of the test digits in each confidence bin; the dashed diagonal is perfect calibration.
        Bars below it are overconfident. Empty bins are left blank.
      </p>
      {result?.robustness && <RobustnessResults robustness={result.robustness} />}
      <EpochTable />
      <RunExport />
    </section>
  );
}
