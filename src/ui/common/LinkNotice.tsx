import { useTranslation } from 'react-i18next';
import { linkProblems, useLinkStore } from '../../state/linkStore';

/**
 * What the opening link got wrong, parameter by parameter, with what was used instead; dismissible. The link is read
 * again on each render, so its problems follow a change of language.
 */
export function LinkNotice() {
  const { t } = useTranslation();
  const problems = linkProblems(useLinkStore((s) => s.problemLink));
  const dismissProblems = useLinkStore((s) => s.dismissProblems);
  if (!problems.length) return null;
  return (
    <div className="notice link-notice" role="status" data-testid="link-notice">
      <p>
        <strong>{t('link.title')}</strong>
        {t('link.keeps', { count: problems.length })}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissProblems}>
        {t('actions.dismiss')}
      </button>
    </div>
  );
}
