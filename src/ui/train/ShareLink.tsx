import { useId, useState } from 'react';
import { setupUrl, useLinkStore } from '../../state/linkStore';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The address bar always holds a link to the setup on screen; this copies it, and makes it a
 * classroom link, which opens with the advanced settings hidden. The link carries the sweep's α list
 * and seeds too, so on the α sweep tab it is a link to the sweep (`subject` names what it links to).
 */
export function ShareLink({ subject = 'setup' }: { subject?: string }) {
  const classroomId = useId();
  const classroom = useLinkStore((s) => s.classroom);
  const setClassroom = useLinkStore((s) => s.setClassroom);
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyLink = () => {
    navigator.clipboard.writeText(setupUrl()).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <div className="share-link">
      <button type="button" onClick={copyLink}>
        Copy link to this {subject}
      </button>
      <label htmlFor={classroomId} className="share-classroom">
        <input
          id={classroomId}
          type="checkbox"
          checked={classroom}
          onChange={(event) => setClassroom(event.target.checked)}
        />
        Classroom link (hides the advanced settings)
      </label>
      <span role="status" className="muted" data-testid="copy-status">
        {copy === 'copied'
          ? 'Copied.'
          : copy === 'failed'
            ? 'Could not copy: copy the address bar instead, it holds the same link.'
            : ''}
      </span>
    </div>
  );
}
