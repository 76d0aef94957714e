import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../i18n/i18n';
import { DRAWS, type BetaPicture } from './betaPicture';

const fixed = (value: number): string => formatNumber(value, 3);
const percent = (share: number): string => formatPercent(share, 1);

/** The exact moments beside those of the drawn λs, so the sampler can be checked by eye. */
export function BetaReadout({ picture }: { picture: BetaPicture }) {
  const { t } = useTranslation('explore');
  const { exact, sampled } = picture;
  return (
    <div className="beta-readout" data-testid="beta-readout">
      <p>
        <strong>{t('beta.readout.exact')}</strong> <span>{t('beta.readout.mean', { value: fixed(exact.mean) })}</span> ·{' '}
        <span>{t('beta.readout.sd', { value: fixed(exact.sd) })}</span>
      </p>
      <p>
        <strong>{t('beta.readout.sampled', { draws: formatNumber(DRAWS) })}</strong>{' '}
        <span>{t('beta.readout.mean', { value: fixed(sampled.mean) })}</span> ·{' '}
        <span>{t('beta.readout.sd', { value: fixed(sampled.sd) })}</span> ·{' '}
        <span>{t('beta.readout.aboveHalf', { share: percent(sampled.shareAboveHalf) })}</span>
      </p>
    </div>
  );
}
