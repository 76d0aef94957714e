import type { RunRobustness } from '../../engine/reports';
import type { Spread } from '../../state/gapSpread';
import { robustnessRows } from '../../state/robustnessRows';
import { ResultsTable } from './ResultsTable';

/** Both arms' accuracy under the FGSM attack of the mixup paper's robustness section, after a finished run. */
export function RobustnessResults({ robustness, spread }: { robustness: RunRobustness; spread: Spread | null }) {
  return (
    <>
      <h3 className="subhead">Robustness: accuracy under an adversarial (FGSM) attack</h3>
      <ResultsTable
        rows={robustnessRows(robustness, spread)}
        heading="Attack strength"
        testId="robustness-table"
        caption={`Measured on the first ${robustness.size.toLocaleString('en')} test digits at the end of the run`}
      />
      <p className="section-note">
        Each digit is attacked against the arm being tested: every pixel moves by ε (a fraction of its 0–1 range) in the
        direction that raises that arm's loss most, the fast gradient sign method. ε = 0 is the clean accuracy on the
        same digits. The mixup paper reports mixup holding up better under this attack on ImageNet; this table measures
        it for the run above.
      </p>
    </>
  );
}
