import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setupUrl, useLinkStore } from '../../state/linkStore';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The address bar always holds a link to the setup on screen; this copies it, and makes it a
 * classroom link, which opens with the advanced settings hidden. The link carries the sweep's α list
 * and seeds too, so on the α sweep tab it is a link to the sweep (`subject` names what it links to).
 */
export function ShareLink({ subject = 'setup' }: { subject?: 'setup' | 'sweep' }) {
  const { t } = useTranslation('train');
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
        {t(`share.copy.${subject}`)}
      </button>
      <label htmlFor={classroomId} className="share-classroom">
        <input
          id={classroomId}
          type="checkbox"
          checked={classroom}
          onChange={(event) => setClassroom(event.target.checked)}
        />
        {t('share.classroom')}
      </label>
      <span role="status" className="muted" data-testid="copy-status">
        {copy === 'copied' ? t('share.copied') : copy === 'failed' ? t('share.failed') : ''}
      </span>
    </div>
  );
}
