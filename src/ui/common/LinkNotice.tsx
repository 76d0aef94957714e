import { useLinkStore } from '../../state/linkStore';

/** What the opening link got wrong, parameter by parameter, with what was used instead; dismissible. */
export function LinkNotice() {
  const problems = useLinkStore((s) => s.problems);
  const dismissProblems = useLinkStore((s) => s.dismissProblems);
  if (!problems.length) return null;
  return (
    <div className="notice link-notice" role="status" data-testid="link-notice">
      <p>
        <strong>Part of this link could not be used</strong>, so{' '}
        {problems.length === 1 ? 'that setting keeps its' : 'those settings keep their'} default:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissProblems}>
        Dismiss
      </button>
    </div>
  );
}
