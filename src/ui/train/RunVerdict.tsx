import { useTranslation } from 'react-i18next';
import type { Verdict } from './verdict';

/** The outcome of a finished run in words, at the top of its results; the attack's line leads when it is strongest. */
export function RunVerdict({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('train');
  return (
    <div className="verdict" data-testid="verdict" role="status">
      <p className="verdict-sentence">{verdict.sentence}</p>
      {verdict.robustness && (
        <p className="verdict-robustness" data-testid="verdict-robustness">
          <strong>{verdict.robustnessStrongest ? t('results.strongest') : t('results.robustness')}</strong>
          {verdict.robustness}
        </p>
      )}
    </div>
  );
}
