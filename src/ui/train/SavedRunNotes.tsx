import { useTranslation } from 'react-i18next';
import { backendLabel } from './backendLabel';
import { browserShortName } from './browserName';
import { useRunsStore } from '../../state/runsStore';
import { whenText } from '../../views/runsList';
import { useTrainingStore } from '../../state/trainingStore';

/** Says when the run on screen was reopened from storage, and what it ran on; and when runs are not being saved. */
export function SavedRunNotes() {
  const { t } = useTranslation('train');
  const reopened = useTrainingStore((s) => s.run.reopened);
  const problem = useRunsStore((s) => s.problem);
  return (
    <>
      {reopened && (
        <p className="notice" data-testid="reopened-note">
          {t('reopened.note', {
            name: reopened.name,
            when: whenText(reopened.createdAt),
            on: reopened.backend
              ? t('reopened.on', {
                  backend: [reopened.backend.name, ...backendLabel(reopened.backend).details].join(' · '),
                })
              : '',
            browser: browserShortName(reopened.browser),
          })}
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
