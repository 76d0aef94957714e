import { backendLabel } from '../../state/backendLabel';
import { browserShortName } from '../../state/browserName';
import { useRunsStore } from '../../state/runsStore';
import { whenText } from '../../state/runsList';
import { useTrainingStore } from '../../state/trainingStore';

/** Says when the run on screen was reopened from storage, and what it ran on; and when runs are not being saved. */
export function SavedRunNotes() {
  const reopened = useTrainingStore((s) => s.run.reopened);
  const problem = useRunsStore((s) => s.problem);
  return (
    <>
      {reopened && (
        <p className="notice" data-testid="reopened-note">
          Showing a saved run, “{reopened.name}”, trained {whenText(reopened.createdAt)}
          {reopened.backend
            ? ` on ${[reopened.backend.name, ...backendLabel(reopened.backend).details].join(' · ')}`
            : ''}{' '}
          in {browserShortName(reopened.browser)}. Start trains it again with the same settings.
        </p>
      )}
      {problem && (
        <p className="notice" role="alert">
          {problem.message} {problem.hint}
        </p>
      )}
    </>
  );
}
